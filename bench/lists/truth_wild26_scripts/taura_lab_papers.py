"""Wild26 truth for Yukayo/taura-lab contents/papers.md: a Japanese systems lab's publication page.

Shape: the Taura lab (University of Tokyo) papers page, a Jekyll page migrated from a MoinMoin
wiki and generated from BibTeX: '## 2017' .. '## 1992' year headings and a final empty '##'
heading (line 349) for the undated records; one bullet per record, '  * ' (line 248 has no
leading spaces: '* '), one line each:
'  * Authors. Title ([acm](..), [publisher](..), [google](https://www.google.com/search?q=...)). In _Venue_, year. '
The link group always ends with a Google search link built from the title; line 330's link is
broken ('([+a+case+...](...))').  About half the records are Japanese (Japanese names and titles,
IPSJ/IEICE venues); the authors are joined with ', ' and ' and '.
Title = the text between the first '. ' (end of the author list) and ' ([', Markdown links
removed ('[ParaLite](research/paralite): ...' on line 54, '[MassiveThreads](...)' on lines 94, 98,
351).  Special titles: line 315's author list is garbled ('Toshio Endo and Уenjiro Taura. Akinori
Yonezaw a. A scalable ...'), title = the text after the second '. '; line 356's title slot
carries venue text (', 2010 10th IEEE'), dropped; status and special-issue notes in parentheses
at the end of the title slot are dropped: ' (Unrefereed Workshop Manuscript)' (31), ' (accepted,
short paper)' (142), ' (特集: 情報爆発時代における IT 基盤技術)' (121, 122).  Line 358's title slot
is a fragment of a real paper's title ('for Global Garbage Collection Scheme on Distributed-Memory
Machines') and is kept as written.  Theses (e.g. the master's thesis on line 334), posters
(253), journal tutorials (288, 289) and domestic workshop papers are entries.
Not entries (6 records, NOT_PAPERS): the edited Festschrift volume 'Concurrent Objects and
Beyond' (57 and again 352, a book), the 'StackThreads/MP User's Manual' (293 and 357, software
documentation), 'Workshop Organization Organizing Committee' (359, front matter) and 'IWIA'04
Technical Program' (360, a programme).
Ids: three link.springer.com chapter URLs with a percent-encoded DOI (58, 65, 66); ACM
'authorize' and 'citation.cfm' links, IEEE arnumber links, ScienceDirect pii and IEICE links are
not DOIs; no arXiv ids.
Count check: 269 bullets (268 '  * ' + line 248) - 6 = 263 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "Yukayo__taura-lab__contents__papers@d9766f4.md"
PART = "wild26_development"
NOT_PAPERS = {57, 293, 352, 357, 359, 360}
NOTES = {
    31: " (Unrefereed Workshop Manuscript)",
    121: " (特集: 情報爆発時代における IT 基盤技術)",
    122: " (特集: 情報爆発時代における IT 基盤技術)",
    142: " (accepted, short paper)",
    356: ", 2010 10th IEEE",
}
GARBLED_AUTHORS = 315


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r" *\* (.+)$", text)
        if not m:
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        body = m.group(1)
        head = body[: body.index(" ([")]
        title = head.split(". ", 2)[2] if i == GARBLED_AUTHORS else head.split(". ", 1)[1]
        if i in NOTES:
            assert title.endswith(NOTES[i]), i
            title = title[: -len(NOTES[i])]
        title = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", title)
        papers.append(entry(lines, i, i, title))
    assert bullets == 269, bullets
    assert len(papers) == 263, len(papers)
    write_truth(NAME, PART, papers,
                "every one-line bullet is one record; title = the text between the end of the author list (first"
                " '. ') and the ' ([' link group, Markdown links removed, trailing status/special-issue notes and one"
                " leaked venue fragment dropped; an edited book, two software-manual records, a committee list and a"
                " workshop programme (6 records) are not entries",
                "all 269 author/title splits printed and read by eye (the split is regular: BibTeX-generated); the"
                " garbled author list on line 315, the link markup on 54/94/98/351, the notes on 31/121/122/142/356,"
                " the fragment title on 358 and the six non-paper records checked one by one; Springer DOIs on 58,"
                " 65, 66 checked; every title found in its line")


if __name__ == "__main__":
    main()
