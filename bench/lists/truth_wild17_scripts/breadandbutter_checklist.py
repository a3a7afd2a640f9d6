"""Wild17 truth for BreadAndButterMHJ/papers paper_list.md: an algorithm engineer's personal reading
checklist (Chinese headings and notes), the repository holding the PDFs.

Shape: five '### <emoji> 中文 (English)' topic headings, under each GitHub task-list bullets
'* [ ] ...' / '* [x] ...' (read / unread).  A bullet is either
  * '[Short title](https://www.google.com/search?q=<folder>/<pdf file name>)': the link text is
    the list's own (often shortened) title, the URL a Google search for the local PDF's path;
  * a plain title with no link ('* [ ] The Prompt Report');
  * a bold link '**[Title](url)**', or a bold Chinese topic label before the link
    ('**通信**：[Title](url)', 'communications:'), followed by ' — *<Chinese note>*'.
One link text is wrapped over two lines ('[Artificial Hivemind: The Open-Ended Homogeneity' /
'of Language Models (and Beyond)](...)'): that entry spans both lines.

Entries: every task-list bullet (22), including the two reports ('FinRegLab: The Next Wave
Arrives', 'The Prompt Report') and the list's nicknamed items ('Chain-of-Thought (CoT)
Prompting', 'System 2 Attention (S2A)').  Title = the link text, or the plain text after the
checkbox, as the file writes it (shortened titles such as 'ToolACE: Winning the Point' and
'Financial Analyst Report Comprehension (Gemini 2.5/o3/Grok 4)' kept as written, since the list
names the paper that way); not part of it: checkbox, bold markers, the Chinese topic label and
the ' — *note*' after the link.  ids: none (the Google-search URLs hold file names, not ids).

Count check: grep -c '^\\* \\[[ x]\\]' = 22; per heading 4 + 6 + 6 + 4 + 2 counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "BreadAndButterMHJ__papers__paper_list@c040ded.md"
PART = "wild17_development"
PER_HEADING = [4, 6, 6, 4, 2]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: list[int] = []
    i = 0
    while i < len(lines):
        text = lines[i]
        n = i + 1
        i += 1
        if text.startswith("### "):
            counts.append(0)
            continue
        m = re.match(r"\* \[[ x]\] (.*)$", text)
        if not m:
            assert not text.strip(), (n, text)
            continue
        body = m.group(1)
        last = n
        if "[" in body and "](" not in body:        # link text wrapped onto the next line
            body = body + " " + lines[i]
            last = n + 1
            i += 1
        link = re.search(r"\[([^\]]+)\]\(https?://[^)]+\)", body)
        if link:
            title = link.group(1)
        else:
            assert "http" not in body, n
            title = body.strip()
        papers.append(entry(lines, n, last, title))
        counts[-1] += 1
    assert counts == PER_HEADING, counts
    assert len(papers) == 22
    write_truth(
        NAME, PART, papers,
        "every '* [ ]'/'* [x]' task-list bullet is an entry; title = the link text (one wrapped over"
        " two lines) or the plain text after the checkbox, as written; bold markers, a bold Chinese"
        " topic label and the trailing ' — *note*' are not part of it",
        "all 22 bullets one by one against the file (the wrapped 'Artificial Hivemind' link text over"
        " lines 15-16, the 6 unlinked Prompt Engineering items, the two bold-label items, the bold"
        " checked items); per-heading counts 4/6/6/4/2 asserted; no ids in the file")


if __name__ == "__main__":
    main()
