"""Wild10 truth for janosh/awesome-normalizing-flows readme: a README generated from YAML; every item is
'1. YYYY-MM-DD - [Title](url) by Authors<br>' followed by an indented description paragraph (some with a
'[[Code](url)]' link, a second paragraph or an indented <picture> diagram), in sections Publications
(60), Applications (8), Videos, Packages, Repos and Blog Posts, each heading giving its count.

Entries: every '1. ' item of '## 📝 Publications' and '## 🛠️ Applications' (lines 48-282), from the item
line to the last non-blank line of its indented block (the description, extra paragraph and diagram
HTML belong to the list item).  Title = the link text as written ('Stochastic Normalizing Flows (SNF)'
keeps its abbreviation; one link is followed by a stray ')', not part of the title).  Not entries: the
table of contents, the Videos (talks), Packages and Repos (software, some named after a paper) and
Blog Posts sections, and the two '1. compute/check ...' algorithm steps inside a repo's description.
The two 'Block Neural Autoregressive Flow' items (same link, different authors) are separate entries.

Count checks: the section headings say 60 and 8; awk counts 60 and 8 '1. ' lines in those ranges, all
of the 'date - [' form; 60 arXiv links in the range, one per arXiv entry (8 entries link PNAS via
doi.org, an INNF workshop PDF twice, NeurIPS proceedings, PMLR, Amazon Science, the ACL Anthology and AIP).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "janosh__awesome-normalizing-flows__readme@4c31bbb.md"
PART = "wild10_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    counts = {"pub": 0, "app": 0}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = "pub" if "Publications" in text else "app" if "Applications" in text else ""
            continue
        if not section:
            continue
        m = re.match(r"1\. \d{4}-\d{2}-\d{2} - \[(.+?)\]\(", text)
        if not m:
            assert not text.startswith("1."), i
            continue
        end = i
        j = i + 1
        while j <= len(lines) and (lines[j - 1].startswith("   ") or not lines[j - 1].strip()):
            if lines[j - 1].strip():
                end = j
            j += 1
        papers.append(entry(lines, i, end, m.group(1)))
        counts[section] += 1
    assert counts == {"pub": 60, "app": 8}, counts
    assert sum(1 for p in papers if p["arxiv"]) == 60
    write_truth(
        NAME, PART, papers,
        "every '1. date - [Title](url) by Authors<br>' item of the Publications and Applications sections is an"
        " entry with its indented description block, title = the link text; videos, packages, repos and blog"
        " posts are not entries",
        "every entry by eye (68: title, lines, ids), the 8 non-arXiv links (PNAS DOI, AIP DOI, ACL, NeurIPS, PMLR,"
        " INNF PDFs, Amazon), the entries with a diagram or second paragraph (MAF, RNVP, MADE) ending at their"
        " block's last line, the other sections left out; counts against the headings' (60) and (8)",
    )


if __name__ == "__main__":
    main()
