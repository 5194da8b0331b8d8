/**
 * NetEase (163.com): news articles and 网易号 (NetEase Hao) posts — HTML selectors for www.163.com
 * article pages, and the text-dump layout (breadcrumb, share widget, platform notice, recommendation lists).
 */
import { defineRule } from '../define.js';
import type { TextRuleActions } from '../types.js';

/** The dump of a 163.com article: `网易首页 > 网易号 > 正文` breadcrumb … share widget … article … notices … lists. */
const DUMP_ACTIONS: TextRuleActions = {
  // The share widget (`分享至`) sits between the title block and the article; it and what is above it are chrome.
  cutBefore: [/^分享至$/],
  // Recommendation lists close the article.
  cutAfter: [/^相关推荐$/, /^热点推荐$/, /^(?:热门|精彩)推荐$/],
  dropLines: [
    /^网易首页\s*>\s*\S.*$/, // breadcrumb: 网易首页 > 网易号 > 正文 申请入驻
    /^分享至$/, // share widget
    /^特别声明\s*[:：]\s*以上内容.*(?:网易号|信息存储服务)/, // platform notice (网易号)
    /^Notice\s*:\s*The content above .*NetEase Hao/i, // its English twin
    /^打开网易新闻\s*查看(?:精彩|更多)图片$/, // image placeholder of the app
  ],
};

export const NETEASE_RULES = [
  defineRule({
    name: 'netease',
    match: { hosts: ['*.163.com'] },
    html: {
      // www.163.com/{dy,news,…}/article/…: div.post_content > div.post_body; older pages: #endText / .post_text.
      body: ['#content .post_body', '.post_content .post_body', '.post_body', '#endText', '.post_text'],
      remove: [
        '.post_statement', '.post_top_share', '.post_share', '.post_crumb', '.post_next', '.post_recommends',
        '.post_comment', '.post_side', '.post_author', '.ep-source', '#endText .otitle', '.post_body > div[style*="height: 0px"]',
      ],
      title: 'h1.post_title, #epContentLeft > h1, .post_content_main > h1',
      date: '.post_info, .post_time_source',
    },
    text: DUMP_ACTIONS,
  }),
  defineRule({
    // Dumps often come without their URL: recognise the breadcrumb near the top.
    name: 'netease-dump',
    match: { format: 'text', signature: { text: /^\s*网易首页\s*>\s*\S/m, within: 4096 } },
    text: DUMP_ACTIONS,
  }),
];
