"""Wild43 truth for melon0104/arxiv-papers index.md (newest commit b84307e, 2026-04-26): a Japanese daily arXiv
digest ("arXiv AI Papers -- 検索・推薦・マッチング系のAI論文サマリー"), a Jekyll home page that grows one dated
section per day, newest first (2026-04-26 at line 12 down to 2026-01-30), 3,304 lines.

Shape: front matter (1-4), ``# arXiv AI Papers`` and a one-line Japanese description (6-8), then 71 ``## <date>
注目論文：...`` sections, each split by arXiv category ``### 📚 cs.IR（情報検索）`` / ``### 🗣️ cs.CL ...`` / cs.LG /
cs.CV / cs.AI / cs.RO (396 ``###`` heads), each holding a two-column table ``| 論文 | 一言 |`` (paper, a one-line
Japanese comment) whose rows are ``| [link text](papers/<local page>) | <comment> |`` (1,032 rows, one per line;
some rows end with a trailing space after the last pipe).  No row links arXiv or a DOI: the link goes to the repo's
own summary page (``papers/2604.21675-counterfactual-...md``, ``papers/2026-02-15/catts-berkeley``,
``papers/lemur``), so the truth gives no ids (the number in a local page's file name is not an arXiv link).  The
last dated section (3291) is a bullet list ``- **🔐 RedSage** - <comment>`` (3293-3298); ``## About`` (3302-3304)
closes the page.

How the link text names the paper changes over time.  The newer sections (from April) mostly write the paper's
title, often shortened (``UniGenDet: Unified Generative-Discriminative Framework``, ``Counterfactual Multi-task
Learning for Delayed Conversion in E-commerce``); the older ones (February/March) mostly write an emoji and a short
name (``🎯 GRAB-CTR``, ``🧠 RAG Internal``, ``🏭 LASER (Xiaohongshu)``, ``🏆 IOA (ICLR 2026)``), i.e. a method
nickname or a descriptive label of the file's own making, not the title.

Entries (1,038): every table row (1,032) and every bullet of the 2026-02-01 "AI全般（速報）" list (6: RedSage, pixel
MeanFlow, Hidden Gems, Hybrid Linear Attention, Agent-RRM, DynamicVLA -- short names of arXiv papers of that day in a
list titled arXiv AI Papers; no summary page exists for them).  A paper listed again on another day (the "再掲"
repost 86, the digests that repeat a previous day's papers, e.g. 44/94, 1091/1131) is again an entry, as the file
lists it again.  Not entries: headings, the ``| 論文 | 一言 |`` header rows and separators, the front matter, the
description and About lines.

Title.  The name is the link text (the bullet's bold text) with the leading emoji removed and a closing
parenthetical (``(Alibaba)``, ``(ICLR 2026)``, ``(MIT, ICLR 2026)``, ``（再掲）``) dropped.  It is the title when it
reproduces the paper's title or the title's main part, shortened or not; it is null when it is only a nickname or a
label (the convention of the earlier wild sets: a nickname is not a title).  The decision was made row by row by
comparing each name with the title of the summary page it links (its front-matter ``title:`` or first heading),
and is written here as:
- a name holding ``': '`` is a title (``Name: subtitle``, the file's shortened form of ``Name: full subtitle``;
  e.g. 217 ``DocQAC: Adaptive Trie-Guided Decoding ...`` and 257 ``SNOOPIE: Robot Quadruped Pacer Trainer ...``
  are kept as the file writes them); ``2:4 Sparsity`` (2907) has no ``': '`` and is a label;
- FULL: names equal to the whole title (31 rows, e.g. 35 ``Low-Rank Adaptation Redux for Large Models``, 134
  ``Near-Future Policy Optimization``, 3239 ``Thinking in Frames``);
- SHORTENED: names that keep the title with words dropped or abbreviated (18, 67, 68, 301, 352, 1193 ``Efficient
  Reasoning on Edge`` for "Efficient Reasoning on the Edge");
- MAIN_PART: names of four or more words that are the beginning of the title, usually its part before the colon
  (12 rows: 118, 268, 478 ``The Art of (Mis)alignment``, 571, 616, 663, 702, 1292, 1661, 1769, 1998, 2315);
- every other name is null: method names (``GRAB-CTR``, ``DxEvolve`` for "DxEvolve: Emulating ...", ``MuRGAt``,
  ``Zooming without Zooming`` and the other names of three words or fewer that only give the part before the
  colon), and labels that are not the title's words in order (469 ``Walmart Sponsored Search Retrieval``, 1846
  ``Flow Matching for TD``, 2117 ``Text Ranking in Deep Research`` for "Revisiting Text Ranking in Deep
  Research", 2949 ``Structured Context`` whose page is missing).  The six bullets are short names: null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "melon0104__arxiv-papers__index@b84307e.md"
PART = "wild43_development"

ROW = re.compile(r"^\| \[(?P<t>[^\]]+)\]\((?P<u>papers/[^)\s]+)\) \| \S")
BULLET = re.compile(r"^- \*\*(?P<t>[^*]+)\*\* - \S")
FULL = {35, 44, 69, 94, 127, 134, 178, 179, 186, 199, 235, 277, 286, 295, 302, 337, 360, 370, 377, 379, 381, 404,
        411, 579, 624, 625, 1067, 1944, 2126, 2663, 3239}
SHORTENED = {18, 67, 68, 301, 352, 1193}
MAIN_PART = {118, 268, 478, 571, 616, 663, 702, 1292, 1661, 1769, 1998, 2315}


def name_of(text: str) -> str:
    """The link text without its leading emoji and a closing parenthetical (an organisation, venue or 再掲)."""
    text = re.sub(r"^[^\w(\"'“]+", "", text).strip()
    return re.sub(r"\s*[（(][^()（）]*[)）]$", "", text).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    titled = set()
    for n, ln in enumerate(lines, 1):
        if ln.startswith("| ["):
            m = ROW.match(ln)
            assert m, (n, ln)
            name = name_of(m.group("t"))
            is_title = ": " in name or n in FULL | SHORTENED | MAIN_PART
            assert not (": " in name and n in FULL | SHORTENED | MAIN_PART), n
            if is_title:
                titled.add(n)
            papers.append(entry(lines, n, n, name if is_title else None))
        elif ln.startswith("- **"):
            m = BULLET.match(ln)
            assert m and 3293 <= n <= 3298, (n, ln)
            papers.append(entry(lines, n, n, None))
        elif ln.startswith("|"):
            assert ln in ("| 論文 | 一言 |", "|------|------|"), (n, ln)
    assert FULL | SHORTENED | MAIN_PART <= titled
    t = {p["line"]: p["title"] for p in papers}
    assert t[18] == "Counterfactual Multi-task Learning for Delayed Conversion in E-commerce"
    assert t[86] == "TingIS: Real-time Risk Event Discovery"
    assert t[93] == "UniGenDet: Unified Generative-Discriminative Framework for Image Generation & Detection"
    assert t[217] == "DocQAC: Adaptive Trie-Guided Decoding for In-Document Query Auto-Completion"
    assert t[275] == "MARS²: Scaling Multi-Agent Tree Search via RL for Code Generation"
    assert t[478] == "The Art of (Mis)alignment"
    assert t[1193] == "Efficient Reasoning on Edge"
    assert t[3239] == "Thinking in Frames"
    for n in (469, 1846, 2117, 2432, 2555, 2646, 2753, 2770, 2907, 2949, 3282, 3293, 3298):
        assert t[n] is None, (n, t[n])
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(titled) == 101 + 31 + 6 + 12, len(titled)
    assert len(papers) == 1032 + 6, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '| [name](papers/...) | comment |' row of the 396 per-category tables (1,032) and the six bullets of"
        " the 2026-02-01 flash list are entries (repeats on other days included); title = the link text without"
        " its emoji and closing '(Org/venue/再掲)', kept when it reproduces the paper's title (it holds ': ', or"
        " is the whole title, a shortened title, or a 4+-word beginning of it -- decided row by row against the"
        " title of the linked summary page), null when it is a nickname or the file's own label; no ids (links go"
        " to local summary pages).",
        "All 1,032 row names compared by script with the titles of the linked summary pages (1,031 found; 2949's"
        " page is missing), then by eye: every row whose name lacks ': ' and has 4+ words (the 12 MAIN_PART, the 6"
        " SHORTENED, the 31 FULL and the 11 nulls 469/500/618/814/1060/1482/1532/1846/2117/2127/2322), all 101"
        " ': ' names (none a label; 86's （再掲） and 257's differing subtitle), the 12 names whose page title is"
        " 'Name: Japanese text' (null), the 73 names ending in a parenthetical (Org/venue/再掲), ~60 sampled"
        " emoji and short-name rows (nicknames or labels, null), the first and last rows of the newest (18-57) and"
        " oldest (3216-3287) sections, the six bullets 3293-3298, the rows with a trailing space after the last"
        " pipe (469-554, 1272).",
    )


if __name__ == "__main__":
    main()
