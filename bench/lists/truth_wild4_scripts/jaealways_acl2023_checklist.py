"""Wild4 truth for jaealways/must-read-paper-NLP-daily 2023/ACL.md: a student's checklist of the
ACL 2023 award and honorable-mention papers (a Notion page exported to Markdown).

Shape: '# Reference' with one link to the ACL best-papers page (not a paper) and '<br><br>', then
award headings ('# **Best Paper Awards**', '### **Reproduction Award**:', ... '# **Honorable
Mentions**').  Each paper is a task item without any link: '- [x]  Title' or '- [ ]  Title' (two
spaces after the box, one in a single item).  Two forms: in the small award sections a block of
'- [ ]  Title', a whitespace-only line '    ', '    *Authors*' and another '    ' line; in
'Outstanding Papers', 'Demo Track', 'Student Research Workshop' and 'Honorable Mentions' one line
per paper with the italic author list glued to the title ('Backpack Language Models*John Hewitt,
...*').

Entry: every task item (78), through its italic author line in the block form (the trailing
whitespace-only line is not part of it).  Title = the text after the checkbox up to the '*' that
opens the author list, or to the end of the line in the block form.  No links, so no ids.  Demo
track papers (VisKoP, CB2, disco) are system-demonstration papers and count.  'Entity Tracking in
Language Models' is listed twice (153 under an area-chair award, 197 under Honorable Mentions): two
entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "jaealways__must-read-paper-NLP-daily__2023__ACL@f42f2c6.md"
PART = "wild4_development"

ITEM = re.compile(r"- \[[ x]\] +([^*]+?)\s*(\*[^*]+\*)?\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    glued = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        m = ITEM.fullmatch(text)
        assert m, (i, text)
        if m.group(2):
            glued += 1
            last = i
        else:  # block form: '    ', '    *Authors*'
            assert not lines[i].strip() and re.fullmatch(r"    \*[^*]+\*\s*", lines[i + 1]), i
            last = i + 2
        papers.append(entry(lines, i, last, m.group(1)))
    assert len(papers) == 78, len(papers)
    write_truth(
        NAME, PART, papers,
        "every '- [ ]'/'- [x]' task item is an entry (with its italic author line two lines below in the block"
        " form); title = the text after the checkbox up to the glued '*Authors*' or the line end",
        f"78 task items counted by grep (asserted; {glued} one-line 'Title*Authors*' items, {78 - glued} blocks"
        " whose '    *Authors*' line is asserted); the Reference link is the only link; first and last item of"
        " every award heading, the single-space checkbox item, titles with curly apostrophes, '?' and ':' and"
        " ~20 glued items compared with the file by eye",
    )


if __name__ == "__main__":
    main()
