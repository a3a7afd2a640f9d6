"""Wild25 truth for umarhassan-mitodl/6.829-fall-2002 content/pages/readings.md: the readings page of
MIT OpenCourseWare 6.829 Computer Networks (Fall 2002), as exported to Hugo Markdown.

Shape: YAML front matter (lines 1-15), one intro paragraph, then '##'/'###' part headings and bold
topic lines ('**Internet Architecture**'), and one paragraph per reading, blank lines between:
'**\\[KEY\\]** Authors. "Title." *Venue* vol, no. (date): pages. Place.'  (Chicago style, the
shorthand key in bold escaped brackets).  OCW's Hugo shortcodes are spread through the text:
'{{% resource_link "uuid" "text" %}}' wraps some author names, venues, years, 'PDF' labels and
often the whole title ('"{{% resource_link "..." "Small Forwarding Tables for Fast Routing Lookups" %}}."').
Entry = each reading paragraph whose subject is one paper, preprint, report or chapter; title = the
quoted title after the authors, the shortcode replaced by its text and the closing period dropped.
Special cases:
- line 56 (Bel89): the title's quotes hold a '(PDF)' resource link: '"Security Problems in the TCP/IP
  Protocol Suite ({{% resource_link ... "PDF" %}})."'; the '(PDF)' label is dropped.
- line 122 (BKKMS03): '———. Looking Up Data in P2P Systems, *Comm. of the ACM* (February 2003).',
  ditto authors and an unquoted title ended by a comma.
- line 202 (Joh96): a chapter in an edited volume ('Chapter 3 in *Mobile Computing*'): an entry, one
  scholarly work; title = its quoted title.
- lines 134 (MS97, an Internet-Draft) and 142 (Nor00, a white paper): reports, entries.
- line 22 'Ethernet paper.' and line 232 'Paper on Topology Modeling.' (the last line, no final
  newline): reading items that name their paper only by description (the OCW export lost their
  links): entries with title null.
Not entries: lines 24 [L0] and 42 [L4], the course's own lecture notes ('6.829 Computer Networks
Lecture Notes, Fall 2002'); lines 166 [Huitema96] and 170 [Stewart99], books (italic title, ISBN);
headings, bold topic lines, the intro paragraph.
Count check: 74 '**\\[' key paragraphs - 2 lecture notes - 2 books = 70, + 2 keyless items = 72.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "umarhassan-mitodl__6.829-fall-2002__content__pages__readings@02ac34a.md"
PART = "wild25_development"
LECTURE_NOTES = {24, 42}
BOOKS = {166, 170}
NO_TITLE = {22, 232}
SHORTCODE = re.compile(r'\{\{% resource_link "[0-9a-f-]+" "(.*?)" %\}\}')


def main() -> None:
    lines = read_lines(NAME)
    keyed = [i for i, t in enumerate(lines, 1) if t.startswith("**\\[")]
    assert len(keyed) == 74, len(keyed)
    assert lines[21] == "Ethernet paper." and lines[231] == "Paper on Topology Modeling." and len(lines) == 232
    papers = []
    for i in sorted(keyed + sorted(NO_TITLE)):
        text = lines[i - 1]
        if i in LECTURE_NOTES:
            assert "Lecture Notes" in text, i
            continue
        if i in BOOKS:
            assert "ISBN" in text, i
            continue
        if i in NO_TITLE:
            papers.append(entry(lines, i, i, None))
            continue
        plain = SHORTCODE.sub(r"\1", text)
        body = re.sub(r"^\*\*\\\[[^\]]+\\\]\*\*\s*", "", plain)
        m = re.search(r'"([^"]+)"', body)
        if m:
            title = m.group(1).strip()
            title = re.sub(r"\s*\(PDF\)(?=\.?$)", "", title)
            title = re.sub(r"[.,]$", "", title)
        else:
            assert i == 122, (i, body)
            title = re.match(r"———\. (.+?),", body).group(1)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 72, len(papers)
    write_truth(NAME, PART, papers,
                "every reading paragraph whose subject is one paper, report or chapter is an entry (70 keyed"
                " '**\\[KEY\\]**' paragraphs and the two keyless items 'Ethernet paper.' and 'Paper on Topology"
                " Modeling.' with title null); title = the quoted title with OCW resource_link shortcodes replaced"
                " by their text, a '(PDF)' label and the closing period dropped; course lecture notes and two"
                " books are not entries",
                "all 76 reading paragraphs read by eye; every title compared with its line (shortcode-wrapped"
                " titles, the (PDF) label on line 56, the ditto-author line 122, the chapter on line 202, the"
                " Internet-Draft and white paper on lines 134 and 142)")


if __name__ == "__main__":
    main()
