"""Wild6 truth for DreamInvoker/IE_Paper_Notes track/RE.md: a notes repository's reading track for relation extraction.

Shape: a TOC of anchor bullets; '## Datasets' with numbered one-line records '1. **ACE 2005
Dataset**. [[link]](data) [[paper]](url)' under four '###' groups; '## Survey papers' with numbered
records '1. **[Title](url).**' and an indented '_Authors._ Venue Year.' line (one also a
[[slides]] link); '## Journal and Conference Papers' with six '###' groups of numbered records:
'1. **Title.**' then an authors line (italic or plain), a venue line, and one link per line:
[[paper]], [[code]] (sometimes empty '()'), [[note]] (the repository's own note file),
[[file]] (its pdf copy).  Records are separated by blank or whitespace-only lines.

Entry: every numbered record of 'Survey papers' and of 'Journal and Conference Papers'; lines from
the numbered line to the record's last non-blank line.  Title: the bold text (the link text for
surveys), final '.' dropped; written as the file writes it ('Two are Better than One:Joint …').
Not entries: the ten dataset records under 'Datasets' (their subject is a dataset, named by its
dataset name; the paper link is the dataset's source), the TOC.  Two surveys both titled 'A
review of relation extraction' (items 2 and 6, same pdf) are two entries.

Counts: surveys 10; papers 4 + 2 + 9 + 5 + 1 + 1 = 22 under the six method groups; 32 entries;
grep -cE '^ *[0-9]+\\. \\*\\*' = 42 = 32 + 10 dataset records.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "DreamInvoker__IE_Paper_Notes__track__RE@6878019.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = group = None
    per_group: dict[str, int] = {}
    datasets = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section, group = text[3:], text[3:]
        elif text.startswith("### "):
            group = text[4:]
        m = re.match(r"\s*\d+\. \*\*(.+?)\*\*", text)
        if not m:
            continue
        if section == "Datasets":
            datasets += 1
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not re.match(r"\s*\d+\. \*\*|#", lines[end]):
            end += 1
        inner = m.group(1)
        link = re.fullmatch(r"\[(.+)\]\((\S+)\)\.", inner)
        title = link.group(1) if link else inner
        papers.append(entry(lines, i, end, title))
        per_group[group] = per_group.get(group, 0) + 1
    assert datasets == 10
    assert per_group == {"Survey papers": 10, "Sentence-Level RE Methods": 4, "Document-level RE Methods": 2,
                         "Joint Extraction of Entities and Relations Methods": 9, "Distant Supervised Methods": 5,
                         "Few Shot RE methods": 1, "Pre-training RE methods": 1}, per_group
    assert len(papers) == 32
    write_truth(NAME, PART, papers,
                "every numbered record of 'Survey papers' and of the six method groups is an entry from its numbered"
                " line to its last non-blank line (authors, venue and one-link-per-line [[paper]]/[[code]]/[[note]]/"
                "[[file]] lines); title = the bold text (link text for surveys) without the final '.'; the ten"
                " dataset records are datasets, not entries",
                "per-group counts by eye (10 surveys; 4, 2, 9, 5, 1, 1 papers) and grep of numbered bold lines (42 ="
                " 32 + 10 datasets); every title and line range read against the file; ids from the [[paper]] links")


if __name__ == "__main__":
    main()
