"""The reviewed term table for the Traditional editions.

OpenCC's ``s2tw`` / ``s2hk`` convert characters and regional variants only (no Taiwan or Hong
Kong vocabulary: 程序公平 stays 程序公平, 窗口 stays 窗口, 权限 becomes 權限). Its
character step still picks the wrong Traditional character for a one-to-many Simplified
character now and then, mostly where its phrase segmentation joins the wrong neighbours
(回头发你 read as 头发 "hair", 最多只能 as a measure word 隻). Each entry below was found by
converting the whole course and reading every such choice; the value is what the converter
should write instead.

Values are in OpenCC's standard Traditional (裏, 着, 爲 — not Taiwan's 裡, 著, 為): the
edition's own variant step (``t2tw`` or ``t2hk``) runs on them afterwards, so one table serves
both editions. ``app.common.script.to_traditional`` shields these words from the converter
(longest first). Every value folds back to its key through OpenCC's ``t2s``, so an answer key
containing one still matches what a learner types in either script (a test holds this).

Deliberately not here: IT vocabulary swaps (信息→資訊, 用户→使用者, 视频→影片, 软件→軟體).
The course keeps its own words; only the script changes.
"""

from __future__ import annotations

TERMS: dict[str, str] = {
    # 并: "and" (並), not "merge" (併) — 合并 and 一并 stay 併
    "并为": "並爲",
    "并到点": "並到點",
    "并跟进": "並跟進",
    "并合理": "並合理",
    "并发出": "並發出",
    "并联系": "並聯繫",  # not 並聯 (wired in parallel)
    # 只: the adverb "only" (只), not the measure word (隻)
    "只能": "只能",
    "只有": "只有",
    "是只": "是只",
    "只意味": "只意味",
    "只影响": "只影響",
    "统一只回": "統一只回",
    "只丢": "只丟",
    # 发: "send" (發), not "hair" (髮)
    "发网上": "發網上",
    "发长文": "發長文",
    "总发了": "總發了",
    "发催款": "發催款",
    "判断发生": "判斷發生",
    "本行发卡": "本行發卡",
    "被发到": "被發到",
    "被发了": "被發了",
    "回头发": "回頭發",
    # 里: "inside" (裏), not the unit of distance (里); 公里 stays
    "包装里": "包裝裏",
    "规范里": "規範裏",
    "渠道里": "渠道裏",
    "职责里": "職責裏",
    "总数里": "總數裏",
    "卡里": "卡裏",
    "承诺里": "承諾裏",
    "工作里": "工作裏",
    "东西里": "東西裏",
    "报道里": "報道裏",
    "行里正式": "行裏正式",
    # 干: 干涉 and 干预 keep 干; 干烧 (a pan left dry on the flame) is 乾
    "干涉": "干涉",
    "干预": "干預",
    "干烧": "乾燒",
    # 复: a reply is 回覆, a complexity 複雜
    "回复": "回覆",
    "复杂": "複雜",
    # 出 is not the counter for plays (齣) here
    "一出问题": "一出問題",
    "一出现": "一出現",
    # 了 after a verb is the particle (了), not 瞭 ("understand")
    "写明了": "寫明了",
    "讲明了": "講明了",
    "出了解决": "出了解決",
    # 周 counting weeks is 週
    "第1周": "第1週",
    "第2周": "第2週",
    "第3周": "第3週",
    "第4周": "第4週",
    # single words the segmentation gets wrong in context
    "投影后": "投影後",
    "违背": "違背",
    "和面子": "和面子",
    "人参与": "人參與",  # not 人蔘 (ginseng), which s2hk writes
    "别着急": "別着急",
    "回音": "回音",
    "几乎": "幾乎",
    "划过来": "劃過來",
    "冲突": "衝突",
    "家具": "家具",
    "折腾": "折騰",
    "挨骂": "挨罵",
    "转单只转": "轉單只轉",
    "有没有只转": "有沒有只轉",
    "提交并跟踪": "提交並跟蹤",
    "并发布公告": "並發佈公告",
    "公司干的": "公司幹的",  # "did" (幹), not "dry" (乾)
    "冲减": "沖減",  # an accounting offset, not a rush (衝)
    # a bank's or telecom's customer: 用戶 (s2twp's 使用者 is a user of software)
    "用户": "用戶",
}
