"""Wild46 truth for t-morita/t-morita.github.io achievement-ja.md (newest commit 1401b0e, 2025-08-04): the Japanese
業績 (achievements) page of Takeshi Morita (ontologies, semantic web, knowledge graphs, PRINTEPS service robots;
Keio / Aoyama Gakuin), a Jekyll page (kramdown), 402 lines.  (The list was first found as ``publications.ja.md``,
which a 2016 commit removed; this page is its successor in the same site.)  Headings and most records are Japanese;
the international conference and poster sections and a few journal records are English.

Shape: front matter (1-5); a table-of-contents list of anchor links (7-30); then ``#`` sections, some with ``##``
parts: 受賞 (awards, a Markdown table 34-42), 著書 (books 44-54), 学術論文 (journal papers 56-81), 総説・解説・紀要
(reviews, surveys, bulletins 83-91), 専門誌 (trade magazine 93-94), 国際会議論文 (international conferences 96-156),
招待講演 (invited talks 158-163), 国際会議 ポスター発表 (posters 165-175), 研究会・全国大会・その他 with
研究会・全国大会（第１著者） (179-203), 研究会・全国大会（共著） (205-328) and その他 (330-336), 学会誌記事 (society
journal columns 338-349), 学位論文 with 博士論文/修士論文/卒業論文 (351-360), 研究資金 (grants, tables 362-377),
報道 (press 380-383), 特許 (patents 385-389), ソフトウェア (software links 391-402).  Most lists are kramdown
ordered lists numbered downwards (``23.`` ... ``1.``) closed by ``{: reversed="reversed"}``, the number followed
by a space or a tab; 専門誌 and the theses are ``*``/``-`` bullets; under two books of 著書 the author's chapters
and encyclopedia entries are tab-indented ``*`` bullets (47-50, 53).  One record per line except 57-58 (the title
wraps).  The owner is underlined (``<u>森田武史</u>``, ``<u>Takeshi Morita</u>``).  Titles: in straight or curly
double quotes (``"..."``, ``“...”``, once ``“...”`` mixed with straight quotes), or unquoted -- ``Authors：Title，Venue``
(57), ``Authors: Title, Proceedings ...`` (97-99), and comma-separated ``Authors，Title，Venue`` / ``Authors, Title,
Venue`` (100-104 and most co-authored domestic records 206-253) -- the separators being full-width ``，`` or ASCII
``, ``; 45 ends its title with ``. In: editors (eds) book``.

Decisions:
- Entries (259): every record of 学術論文 (23), 総説・解説・紀要 (7), 専門誌 (1), 国際会議論文 (59), 国際会議
  ポスター発表 (9, posters with papers in poster/demo proceedings), 研究会・全国大会 第１著者 (23) and 共著 (122) --
  domestic SIG and convention papers, technical reports, the challenge reports 60 and 109, the ISWC trip report 42 --,
  the three theses (354, 357, 360); under 著書 the Springer chapter 45, the four encyclopedia entries 47-50 (signed
  articles of 人工知能学大事典) and the chapter 53; in その他 the research report 335 (電気通信普及財団研究調査報告書,
  pp. 503-530); in 学会誌記事 the written articles 339 and 340 (organized-session reports with DOIs), the book review
  345, the conference report 346 and the PhD-thesis digest 347.
  Not entries: the award table (34-42, prizes, even where a paper title is named), the books 46 and 52 (the
  encyclopedia and the edited book themselves), the invited talks 159-162, その他 331-334 (a summer-school lecture,
  hands-on workshops, a seminar talk), the society-journal columns 341 and 348 (new-year resolutions), 342
  (editor's postscript), 343-344 (event calendars), the grants tables, press items, patents and software links, the
  table of contents.
- Span: the record's line (57-58 for the wrapped title).
- Title: the text between the first pair of double quotes (straight or curly); unquoted, the text after
  ``Authors：``/``Authors:`` up to the venue's ``，``/``, ``, or the first comma-separated part that is not a person's
  name (Japanese or romanised names, ``and`` before the last one); two titles hold a full-width comma of their own
  and keep it: 219 ``第2回国際ナレッジグラフ推論チャレンジ，日常生活に関する...`` (after ``Authors：``) and 248
  ``意外性，新規性および具体性を考慮した...``; 45 up to ``. In:``; the encyclopedia entries the
  text after their entry number (``18-13 ``) up to ``, pp.``, and 53 the text after ``3章 ``.  Underline and
  ``<sup>`` markup removed (153 ``MR3: Meta-Model Management ...``).
- Ids: the helper's first DOI in the line (doi.org/dx.doi.org links, ``DOI：`` text); no arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "t-morita__t-morita.github.io__achievement-ja@1401b0e.md"
PART = "wild46_development"

ITEM = re.compile(r"^(?:\d+\.[ \t]|[-*] |\t\* )")
JA = r"[\u3040-\u30ff\u4e00-\u9fff\uf900-\ufaff々ヶー・]"  # with compatibility ideographs (尾﨑)
NAME_JA = re.compile(rf"^{JA}{{1,10}}(?:[ 　]{JA}{{1,8}})?$")
NAME_EN = re.compile(r"^(?:and )?(?:[A-Z][A-Za-z\u00c0-\u024f'’.-]*\.? ?){1,5}$")
OPEN, CLOSE = "\"“”", "\"”“"
ENTRY_SECTIONS = {
    "学術論文": 23,
    "総説・解説・紀要": 7,
    "専門誌": 1,
    "国際会議論文": 59,
    "国際会議 ポスター発表": 9,
    "研究会・全国大会 （第１著者）": 23,
    "研究会・全国大会 （共著）": 122,
}
KEEP = {45, 47, 48, 49, 50, 53, 335, 339, 340, 345, 346, 347, 354, 357, 360}  # entries of mixed sections


def is_name(seg: str) -> bool:
    seg = re.sub(r"</?u>", "", seg).strip()
    return bool(NAME_JA.match(seg) or NAME_EN.match(seg))


def title_of(n: int, text: str) -> str:
    if n in (47, 48, 49, 50):
        return re.search(r"\d+-\d+ (.+?), pp\.", text).group(1)
    if n == 53:
        return re.search(r"3章 (.+?), pp\.", text).group(1)
    i = next((k for k, c in enumerate(text) if c in OPEN), None)
    if i is not None:
        j = next(k for k in range(i + 1, len(text)) if text[k] in CLOSE)
        return text[i + 1 : j]
    body = re.sub(r"^\s*(?:\d+\.|[-*])\s+", "", text)
    m = re.match(r"^(.+?)(?:：|: )(.+)$", body)
    if m and all(is_name(s) for s in re.split(r"，|, | and ", m.group(1))):
        parts = re.split(r"，|, ", m.group(2))
        return "，".join(parts[:2]) if n == 219 else parts[0]  # 219: title and subtitle joined by '，'
    segs = re.split(r"，|, ", body)
    if n == 248:  # the title itself starts '意外性，新規性...'
        return "，".join(segs[3:5])
    k = 0
    while is_name(segs[k]):
        k += 1
    assert k >= 1, (n, body)
    title = segs[k]
    if n == 45:
        title = title.split(". In:", 1)[0]
    return title


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 403 and lines[-1] == "" and lines[4] == "---"
    papers = []
    counts: dict[str, int] = {}
    h1 = h2 = ""
    items = 0
    n = 30
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("# "):
            h1, h2 = ln[2:].strip(), ""
            continue
        if ln.startswith("## "):
            h2 = ln[3:].strip()
            continue
        if not ITEM.match(ln):
            assert not ln.strip() or ln.startswith(("|", "{:", "<br/>")), (n, ln)
            continue
        items += 1
        last = n
        while last < len(lines) and lines[last].strip() and not ITEM.match(lines[last]) \
                and not lines[last].startswith(("#", "{:")):
            last += 1
        section = h2 or h1
        if section in ENTRY_SECTIONS or n in KEEP:
            text = " ".join(lines[n - 1 : last])
            title = title_of(n, text)
            assert 3 <= len(title) <= 200 and not re.search(r"<(?!/?(?:u|sup)>)", title), (n, title)
            papers.append(entry(lines, n, last, title))
            counts[section] = counts.get(section, 0) + 1
        n = last
    assert {k: v for k, v in counts.items() if k in ENTRY_SECTIONS} == ENTRY_SECTIONS, counts
    t = {p["line"]: p["title"] for p in papers}
    assert t[57] == "Wikidata を対象としたPointer Network に基づく 日本語エンティティリンキングモデルの構築と評価"
    assert t[45] == "Generating ROS Codes from User-Level Workflow in PRINTEPS"
    assert t[47] == "大規模知識モデリングと集合知アプローチ" and t[53] == "オントロジー学習の現状と動向"
    assert t[97].startswith("Household Task Planning with Multi-Objects") and t[97].endswith("Verification")
    assert t[100] == "Prediction of actions and places by the time series recognition from images with Multimodal LLM"
    assert t[153] == "MR3: Meta-Model Management based on RDFs Revision Reflection"
    assert t[206].startswith("動画キャプション生成を用いた動作認識データセットの拡")
    assert t[239] == ("Daily Activity data generation in Cyberspace for Semantic AI technology and HRI simulation")
    assert t[98] == "Entity Linking for Wikidata using Large Language Models and Wikipedia Links"
    assert t[219] == "第2回国際ナレッジグラフ推論チャレンジ，日常生活に関するマルチモーダルデータからの行動の予測に対するLLMへの適用"
    assert t[248] == "意外性，新規性および具体性を考慮したユーモアを含む直喩表現生成"
    assert t[345].startswith("書評 (Euzenat,J. and Shvaiko,P.著: Ontology Matching")
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 259, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each record of the journal, review, trade-magazine, international conference, poster and domestic"
        " SIG/convention sections is one entry, with the chapters and encyclopedia entries under 著書, the research"
        " report 335, the articles/review/report/thesis digest of 学会誌記事 (339, 340, 345-347) and the three theses"
        " (259); awards, the two books, invited talks, lectures/workshops/seminars, society-journal columns and"
        " calendars, grants, press, patents and software are not; title = the first double-quoted text, else the"
        " text after 'Authors：' or the first comma-separated part that is not a name (45 up to '. In:',"
        " encyclopedia entries after their number); DOIs from the line.",
        "Whole file read (402 lines); every one of the 259 -v titles compared with its line, in particular all"
        " unquoted records (57-58 wrapped, 45, 94, 97-104, the co-authored records 206-253 with full-width commas,"
        " 98/99 with 'Ugai and Ken Fukuda:', 219 (尾﨑 compatibility ideograph, title with '，'), 248 ('意外性，...'),"
        " 239 with English names, 283 and 286 mixing quote styles), the curly-quoted ones (63, 105-116, 263-264,"
        " 332-334 left out), the tab-numbered ones (72, 193, 290-327, 339-348), MR<sup>3</sup> (153), the encyclopedia"
        " entries 47-50 and chapter 53; every left-out record (award table, 46, 52, 159-162, 331-334, 341-344, 348,"
        " grants, press, patents, software); the DOIs checked on 30 records across the sections (tjsai, jjsai, pjsai,"
        " jsaisigtwo, Springer and IEEE links, the wrapped 57-58 taking 58's DOI).",
    )


if __name__ == "__main__":
    main()
