"""The Traditional editions convert characters, not vocabulary (issue 17).

``content export`` writes each edition as text; the reviewed list below holds what the Taiwan
edition must write for words of this course — Taiwan standard characters, not Taiwanese
computing vocabulary (s2twp wrote 程式公平, 許可權, a bank's 視窗, 物件, 專案, 社群支行 …).
"""

from pathlib import Path

import pytest

from app.cli import main
from app.common.script import HONG_KONG, TRADITIONAL, to_simplified, to_traditional
from app.common.traditional_terms import TERMS

# Simplified → the Taiwan edition's form. Every term occurs in the course.
TAIWAN = {
    "程序公平": "程序公平",
    "权限": "權限",
    "窗口": "窗口",
    "对象": "對象",
    "项目": "項目",
    "社区支行": "社區支行",
    "抛出": "拋出",
    "函数": "函數",
    "进程": "進程",
    "审核": "審核",
    "声明": "聲明",
    "循环": "循環",
    "引导出": "引導出",
    "多数组": "多數組",
    "用户": "用戶",
    "信息不对称": "信息不對稱",
    "情感支持": "情感支持",
    "信息": "信息",
    "软件": "軟件",
    "网络": "網絡",
    "数据": "數據",
    "视频": "視頻",
    "短信": "短信",
    "在线": "在線",
    "智能客服": "智能客服",
    "服务器": "服務器",
    "类型": "類型",
    "质量": "質量",
    "默认": "默認",
    "打印": "打印",
    "屏幕": "屏幕",
    "消息": "消息",
    "信号": "信號",
    "远程": "遠程",
    "高级": "高級",
    "性能": "性能",
    "复印": "複印",
    "宽带": "寬帶",
    "互联网": "互聯網",
    "查看": "查看",
    "联系": "聯繫",
    "回复": "回覆",
    "复杂": "複雜",
    "干涉": "干涉",
    "几乎": "幾乎",
    "折腾": "折騰",
    "只能": "只能",
    "柜台": "櫃檯",
    "后台": "後臺",
    "着急": "著急",
    "关系": "關係",
    "系统": "系統",
    "签批": "簽批",
    "标签": "標籤",
    "冲减": "沖減",
    "判断发生": "判斷發生",
}

# s2twp's vocabulary and its garbles; none may appear in either Traditional edition.
WRONG = [
    "程式公平", "許可權", "視窗", "物件", "專案", "社群支行", "丟擲", "函式", "稽核", "宣告",
    "迴圈", "引匯出", "多陣列", "使用者", "資訊", "軟體", "網路", "影片", "簡訊",
    "並聯系", "隻能", "回頭髮", "被幹涉", "摺騰",
    "籤批", "不籤", "籤和解", "自己籤", "判斷髮生", "行髮卡", "公司乾的", "衝減", "提交併",
]  # fmt: skip


@pytest.fixture(scope="module")
def editions(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("editions")
    texts = {}
    for lang in ("zh-CN", "zh-TW", "zh-HK"):
        out = folder / f"course-{lang}.txt"
        args = ["--data-dir", str(folder / "data"), "content", "export", "--lang", lang, str(out)]
        assert main(args) == 0
        texts[lang] = out.read_text(encoding="utf-8")
    return texts


def test_the_list_is_long_enough_and_every_term_is_in_the_course(editions):
    assert len(TAIWAN) >= 40
    missing = [t for t in TAIWAN if t not in editions["zh-CN"]]
    assert not missing, f"not in the course any more: {missing}"


def test_the_taiwan_edition_writes_each_term_wherever_the_source_has_it(editions):
    hans, hant = editions["zh-CN"], editions["zh-TW"]
    short = {t: (hans.count(t), hant.count(f)) for t, f in TAIWAN.items() if hant.count(f) <
             hans.count(t)}  # fmt: skip
    assert not short, f"term: (in the source, in the Taiwan edition): {short}"


@pytest.mark.parametrize("lang", ["zh-TW", "zh-HK"])
def test_no_computing_vocabulary_or_garble_in_a_traditional_edition(editions, lang):
    found = {w: editions[lang].count(w) for w in WRONG if w in editions[lang]}
    assert not found


@pytest.mark.parametrize("lang", ["zh-TW", "zh-HK"])
def test_an_edition_is_the_whole_course_with_the_jurisdiction_note(editions, lang):
    text, hans = editions[lang], editions["zh-CN"]
    headings = [line.split(" —")[0] for line in text.splitlines() if line.startswith("## ")]
    assert headings == [line.split(" —")[0] for line in hans.splitlines() if line.startswith("## ")]
    for kind in ("lesson", "case", "scenario", "glossary", "phrases", "question"):
        assert f"## {kind} " in text
    head = "\n".join(text.splitlines()[:4])
    assert "中國大陸" in head and "香港" in head and "適用範圍" in head
    assert "適用範圍" not in hans and "适用范围" not in "\n".join(hans.splitlines()[:4])


def test_the_hong_kong_edition_uses_hong_kong_variants(editions):
    hk, tw = editions["zh-HK"], editions["zh-TW"]
    assert hk != tw
    assert "裏" in hk and "着急" in hk and "裡" not in hk
    assert "裡" in tw and "著急" in tw


def test_the_term_table_folds_back_and_shields_in_context():
    for simplified, traditional in TERMS.items():
        assert to_simplified(traditional) == simplified, simplified
    assert to_traditional("回头发你。") == "回頭發你。"  # not 頭髮 (hair)
    assert to_traditional("最多只能给您申请") == "最多只能給您申請"
    assert to_traditional("我卡里每个月") == "我卡裡每個月"
    assert to_traditional("我卡里每个月", HONG_KONG) == "我卡裏每個月"
    assert to_traditional("确认并联系承运商") == "確認並聯繫承運商"


def test_export_to_standard_output_defaults_to_the_global_language(capsys, tmp_path: Path):
    assert main(["--data-dir", str(tmp_path), "--lang", "zh-HK", "content", "export", "-"]) == 0
    out = capsys.readouterr().out
    assert "(zh-HK)" in out.splitlines()[0] and "## lesson " in out


def test_script_names():
    assert (TRADITIONAL, HONG_KONG) == ("zh-Hant", "zh-Hant-HK")
