"""Wild6 truth for hzysvilla/Academic_Smart_Contract_Papers TLDR.md: blockchain / smart-contract
security paper summaries (a notes log).

Shape: a log of dated sections '# 24_12_15' (or a key like '# sp23_CF'), each holding one paper
heading '## VENUE | Title' or '### VENUE | Title' (the title linked '[Title](url)' in the first
three, plain text after) followed by note bullets ('* Motivation: ...', '* Evaluation: ...') or,
in the first section, '## Motivation' / '## Background' ... sub-headings (no ' | ').  Every paper
heading is an entry (80, all papers); title = the text after ' | ' (link text when linked), its
closing '.' dropped; the venue tag before the pipe is not part of it.  Lines = the paper heading
through the last note line before the next '# ' section (a '----' rule is not note text).  Not
entries: the opening line pointing to a LinkedIn page, the dated '# ' headings, the note
sub-headings, and the GitHub repository the first note links inline.  No note line links a paper,
so ids come only from the three linked headings (none is an arXiv or DOI URL).

Count check: grep -cE '^#{2,3} .* \\| ' = 80; each of the 80 '# ' sections holds exactly one.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "hzysvilla__Academic_Smart_Contract_Papers__TLDR@b6a904f.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if re.match(r"#{2,3} .* \| ", t)]
    sections = [i for i, t in enumerate(lines, 1) if re.match(r"# ", t)]
    assert len(starts) == 80 and len(sections) == 80
    for k, s in enumerate(sections):  # each dated section holds one paper heading, right after it (or after one blank line)
        nxt = sections[k + 1] if k + 1 < len(sections) else len(lines) + 1
        inside = [i for i in starts if s < i < nxt]
        assert len(inside) == 1 and inside[0] <= s + 2, (s, inside)
    papers = []
    for k, s in enumerate(starts):
        stop = sections[k + 1] if k + 1 < len(sections) else len(lines) + 1
        end = stop - 1
        while not lines[end - 1].strip() or re.fullmatch(r"\s*-{3,}\s*", lines[end - 1]):
            end -= 1
        head = re.match(r"#{2,3} [^|]*\|\s*(.+)$", lines[s - 1]).group(1).strip()
        m = re.fullmatch(r"\[(.+)\]\((\S*)\)", head)
        papers.append(entry(lines, s, end, m.group(1) if m else head))
    write_truth(NAME, PART, papers,
                "every paper heading '## VENUE | Title' / '### VENUE | Title' (one per dated section) is an entry,"
                " with its note bullets up to the next '# ' section; title = the text after the pipe (link text when"
                " linked), venue tag dropped",
                "80 paper headings by grep and one per '# ' section (asserted); all 80 titles printed with -v and read"
                " against the headings; the first section's '## Motivation' style sub-headings not taken; the three"
                " linked headings; entry ends checked at the '----' rule and at the end of the file")


if __name__ == "__main__":
    main()
