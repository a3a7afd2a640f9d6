"""Wild16 truth for mwan0027/ReadingList README.md: a student's reading list of knowledge-distillation and
federated-learning papers (also served as an MkDocs site), written in raw HTML inside Markdown.

Shape: after a TOC table and a 'How to Run this project' <ul> of shell commands (lines 27-40, not
entries), '# Full Paper List' (line 44) opens '## topic' / '### [Venue Year](url)' headings, some
'<strong>[Venue](url)</strong>' sub-headings, and '<ul>' lists of '<li>Title<a href="...">[paper]</a>'
items without '</li>': the title runs from '<li>' to the first '<a', sometimes over two lines ('Structure-
Level Knowledge Distillation For\\nMultilingual Sequence Labeling'), sometimes with the '<a' or its href
on the next line; decorations around it: ':star:' / ':star2:' before, ':heavy_check_mark:' after (twice
before the '<li>'), tags '[workshop]', '[short paper]', '[TBD]', '[WACV2021]', '[IEEE, 2020]', '[IEEE
Communications Surveys & Tutorials 2019]', and notes '(???)', '(Not published yet)', '(CSUR 2020)'.
The to-do part after the two '<hr/>' (line 439 on) switches to '<li><strong>Title.</strong>Authors
(Year). In: Venue. <a href=...>[paper]</a></li>', some titles wrapped over two or three lines, some items
outside any '<ul>'.

Entries: every '<li' from line 45 on (228; grep -c '<li' gives 232, minus the four shell-command items).
Lines = the '<li>' line and the lines continuing the item (up to the next '<li', '</ul>', blank line,
heading or '<strong>' sub-heading).  Title = the text before the first '<a' (or the '<strong>' text in
the to-do part), emoji codes, the bracket tags and the notes listed above dropped, a final '.' dropped;
null for line 229 ('<li><a href=...>[paper]</a>', an ECCV paper named by link only) and line 501
('<li><strong></strong>Heo, B., ...', an empty title).  Titles are kept as written, typos included
('Anomaly Detectio', 'Online Knowledge Distilla', 'WFitnets').  Repeated papers (the same paper under
two venues or twice in one list) are separate entries.  Line 514 ('<li> Data-Free Knowledge Amalgamation
via Group-Stack Dual-GAN', no link) is an entry.  Not entries: the TOC table, the 'Gou et al. (2020)'
survey named in the to-do part's running sentence (line 445), the '<strong>' sub-headings.

Ids: arXiv ids from arxiv.org links, DOIs only where written (an ACM 'doi/abs/10.1145/...' link, a
Springer 'article/10.1007/...' link); OpenReview, CVF, ECVA, ACL Anthology, PMLR, NeurIPS, AAAI, IEEE
Xplore and ResearchGate links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "mwan0027__ReadingList__README@5a9aa06.md"
PART = "wild16_development"
START = 45  # first line after '# Full Paper List'

TAGS = [r"\[workshop\]", r"\[short paper\]", r"\[TBD\]", r"\[WACV2021\]", r"\[IEEE, 2020\]",
        r"\[IEEE Communications Surveys & Tutorials 2019\]", r"\(\?\?\?\)", r"\(Not published yet\)",
        r"\(CSUR 2020\)", r":star2?:", r":heavy_check_mark:"]


def stop(text: str) -> bool:
    s = text.strip()
    return (not s or "<li" in s or s.startswith(("</ul>", "<ul>", "#", "<strong>[", "<hr")))


def main() -> None:
    lines = read_lines(NAME)
    assert lines[43] == "# Full Paper List"
    starts = [i for i, t in enumerate(lines, 1) if i >= START and "<li" in t]
    assert all(lines[i - 1].count("<li") == 1 for i in starts)
    assert len(starts) == 228, len(starts)
    papers = []
    for i in starts:
        end = i
        while end < len(lines) and not stop(lines[end]):
            end += 1
        text = " ".join(lines[k - 1].strip() for k in range(i, end + 1))
        body = text[text.index("<li") :]
        body = re.sub(r"^<li>\s*", "", body)
        m = re.match(r"(?::star2?:)?\s*<strong>(.*?)</strong>", body, re.DOTALL)
        if m:
            title = m.group(1)
        else:
            title = re.split(r"<a\b", body, maxsplit=1)[0]
        for tag in TAGS:
            title = re.sub(tag, " ", title)
        title = re.sub(r"\s+", " ", title).strip()
        title = title.rstrip('"> ').strip()
        papers.append(entry(lines, i, end, title or None))
    nulls = [p["line"] for p in papers if p["title"] is None]
    assert nulls == [229, 501], nulls
    write_truth(NAME, PART, papers,
                "every HTML '<li' item after '# Full Paper List' is an entry (lines = the item's lines up to the next"
                " item, list end, blank line or heading); title = the text before the first '<a' or the '<strong>'"
                " text, emoji codes, bracket tags and notes dropped; null for an item with only a link and one with"
                " an empty '<strong>'; the shell-command items before the list are not entries",
                "the 228 items counted with grep (232 '<li' lines minus 4 shell commands), every multi-line item and"
                " every item with a tag, note or emoji (about 40) by eye, the two null titles, the to-do part's"
                " 27 bold-title items, 30 sampled plain items' titles and ids")


if __name__ == "__main__":
    main()
