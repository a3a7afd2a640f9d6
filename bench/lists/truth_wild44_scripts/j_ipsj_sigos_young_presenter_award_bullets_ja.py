"""Wild44 truth for ipsj-sigos/www-sigos content/award/best-young-present.md (newest commit c70a3a3): the page
(Japanese, Hugo) of the IPSJ SIG on System Software and Operating Systems (SIGOS) listing its young-presenter awards
(優秀若手発表賞), 243 lines.

Shape: front matter (1-4); ``## 受賞規定`` (award rules) with an HTML ``<p>`` of revision dates and five numbered
rules (15-19) -- rule 3 says only talks with a research report (研究報告) of six pages or more can win; then ``##
受賞者一覧`` (winners) with one ``###`` heading per meeting (``### 第162回 (2024年2月)``, ``### ComSys2023
(2032年12月)`` with the year mistyped, ``###  第157回`` with two spaces).  Under each heading, award labels on their
own line (`` 【最優秀若手発表賞】`` / `` 【優秀若手発表賞】``, indented by one space) and one bullet per award.  Every line
of the list is indented by one to three spaces and several by a full-width space (U+3000).  Bullets come in two
generations:
- 2021-2024 (26-180): `` * 2024-OS-162 (14)<br>`` -- the report number (``2022-OS-155（5）`` with full-width
  brackets, ``2021-OS-154(6)``, ``2022-ComSys(2)``) -- then a title line, from 2023-12 on prefixed with the
  programme number (``(14) コピーオンライトを考慮したHugepage管理機構<br>``), then the authors with the presenter
  marked ``○``/``〇`` and affiliations, and for the newest three a ``[【論文】](url)`` line linking the report in the
  IPSJ digital library; two title lines (33, 38) lack the closing ``<br>``.
- 2019-2021 (184-243): `` * Title<br>`` with the authors on the next line.
Titles are Japanese or English (``SiloSF: Concurrency Control Protocol with Lightweight Priority Control``,
``secureTCP: Securing the TCP/IP stack using a Trusted Execution Environment``).

Entries (46): every bullet -- each award names one talk and the research report it was given with (IPSJ technical
reports of the SIGOS meetings and ComSys papers), i.e. one scholarly work.  Not entries: the rules, award labels,
meeting headings.
Spans: the bullet line to the last line of the item (authors or the 【論文】 link), before the next bullet, blank line
or award label.
Titles: the title line (or, in the older bullets, the bullet text) without leading spaces/U+3000, the ``(n)``
programme number and the trailing ``<br>``.
Ids: none (the links are IPSJ repository URLs and ``id.nii.ac.jp`` handles, not DOIs).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "ipsj-sigos__www-sigos__content__award__best-young-present@c70a3a3.md"
PART = "wild44_development"

BULLET = re.compile(r"^ \* (.+)$")
CODE = re.compile(r"^\d{4}-(?:OS-\d+ ?|ComSys)[(（]\d+[)）]<br>$")


def clean(s: str) -> str:
    s = s.strip().removesuffix("<br>").strip()
    return re.sub(r"^\(\d+\) ", "", s)


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 244 and lines[-1] == "" and lines[-2].strip().startswith("○安野 直樹")
    bullets = [i for i, ln in enumerate(lines, 1) if BULLET.match(ln)]
    assert len(bullets) == 46 and bullets[0] == 26 and bullets[-1] == 242
    papers = []
    for i in bullets:
        text = BULLET.match(lines[i - 1]).group(1)
        if CODE.match(text):
            title, first_author_line = lines[i], i + 2
        else:
            title, first_author_line = text, i + 1
        assert lines[first_author_line - 1].strip()[0] in "○〇", (i, lines[first_author_line - 1])
        end = first_author_line
        while end < len(lines) and lines[end].strip().startswith("[【論文】]("):
            end += 1
        nxt = lines[end] if end < len(lines) else ""
        assert not nxt.strip() or BULLET.match(nxt), (i, nxt)
        papers.append(entry(lines, i, end, clean(title)))
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[26] == "コピーオンライトを考慮したHugepage管理機構" and e[26] == 29
    assert t[32] == "SiloSF: Concurrency Control Protocol with Lightweight Priority Control" and e[32] == 35
    assert t[37].endswith("by transpilation to PlusCal") and e[44] == 46
    assert t[50] == "SSNにおけるSafe Retry特性の頑健化" and e[50] == 52
    assert t[136] == "ハイパーバイザにおける仮想デバイスの脆弱ウィンドウを短縮する不正 I/O フィルタ"
    assert t[141] == "高精度時刻同期機構のカーネル内汎用実装"
    assert t[167] == "Towards Compute Flexibility for Genome Analysis in the Hybrid Cloud"
    assert t[184].startswith("Unikernelを用いたコンテナのための") and e[184] == 185
    assert t[227] == "secureTCP: Securing the TCP/IP stack using a Trusted Execution Environment"
    assert t[242] == "Pause Loop Exit の多発につながる KVM における仮想 CPU スケジューリング" and e[242] == 243
    assert all(x and "<br>" not in x and not x.startswith(("(", "○", "〇", "　")) for x in t.values())
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each award bullet (46) is an entry -- the awarded talk's research report -- spanning the bullet, its "
        "title line (newer bullets with a report number), the authors line and any [【論文】] link line; title = the "
        "title line or bullet text without leading spaces/U+3000, the (n) programme number and a trailing <br>; "
        "rules, award labels and meeting headings are not entries; no ids.",
        "Whole 243-line file read against the -v output: the 46 bullets in both generations (report-number bullets "
        "26-180 incl. the full-width brackets of 136 and the U+3000 indents of 142-179, plain-title bullets "
        "184-243), the (n) prefixes of 27/33/38/45, the missing <br> of 33/38, each span end (link lines 29/35/40), "
        "the five rules and award labels read as non-entries, the IPSJ/nii links read as non-DOIs.",
    )


if __name__ == "__main__":
    main()
