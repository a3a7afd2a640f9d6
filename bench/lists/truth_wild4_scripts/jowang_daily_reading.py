"""Wild4 truth for Jo-wang/Daily-Paper-Reading README.md: a personal paper-reading tracker.

Topic headings ('## Test-time Adaptation', '### TTA', ...) each followed by paragraphs, one paper
a paragraph: an optional status marker (emoji '❓', '✔️', or the shortcodes ':question:',
':star:', ':pushpin:', ':heavy_check_mark:'), then '[Title](link)'.  The link goes to the
author's own notes file in the repo, to a Google Slides deck (line 62), to a PDF in the repo
(the last line), or is empty '()' for papers not yet read.  Every such paragraph is an entry,
whatever the link; title = the link text.  Decisions:
- line 130-131: the link text breaks over two lines ('Test time Adaptation through
  Perturbation' / 'Robustness'); one entry over both lines, whitespace collapsed.
- line 68: a trailing note 'Done but haven't been updated' after the link is not part of the title.
- line 164: a bold tag '**medical**' before the link is dropped (not part of the title).
- the legend list (lines 9-12), the badges (line 3) and the welcome prose are not entries.
No arXiv ids or DOIs appear in the file (links are to notes, so ids stay null).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "Jo-wang__Daily-Paper-Reading__README@7ec864c.md"
PART = "wild4_development"

PREFIX = r"(?:❓|✔️|:question:|:star:|:pushpin:|:heavy_check_mark:)?\s*(?:\*\*medical\*\*\s*)?"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 0
    while i < len(lines):
        n = i + 1
        text = lines[i]
        if text.startswith("[Test time Adaptation through Perturbation") and not text.endswith(")"):
            nxt = lines[i + 1]
            m = re.fullmatch(r"\[(.*)", text)
            m2 = re.fullmatch(r"(.*?)\]\((.*)\)", nxt)
            title = " ".join((m.group(1) + " " + m2.group(1)).split())
            papers.append(entry(lines, n, n + 1, title))
            i += 2
            continue
        if n > 14 and text.strip() and not text.startswith("#"):
            m = re.fullmatch(PREFIX + r"\[([^\]]+)\]\(([^)]*)\)(?: Done but haven't been updated)?\s*", text)
            assert m, (n, text)
            papers.append(entry(lines, n, n, " ".join(m.group(1).split())))
        i += 1
    assert len(papers) == 137, len(papers)
    write_truth(
        NAME, PART, papers,
        "every paragraph '[Title](link)' after the legend (optional status emoji/shortcode and a '**medical**' tag"
        " before it) is an entry, title = the link text; the one link text broken over two lines is one entry",
        "every non-blank, non-heading line after line 14 matches the pattern (asserted); 138 '](' in the file = 136"
        " one-line entries + the two-line entry + the badge line 3; first/last entries of each section, the"
        " Slides link (62), empty-link entries, the '**medical**' entry (164), the two-line entry (130-131) and"
        " the final PDF link (326) compared with the file by eye",
    )


if __name__ == "__main__":
    main()
