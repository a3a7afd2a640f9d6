"""Wild10 truth for jkitchin/literature-alerts md/ACS-Catalysis.md (a generated weekly journal alert, chemistry).

Shape: an OpenAlex-generated alert of one week of ACS Catalysis articles: a header ('# ACS Catalysis',
description, 'Created on …', 'Found 25 results …', the OpenAlex query URL as a bullet), then one
section per article: '## Title   ' (three trailing spaces), 'OpenAlex: https://openalex.org/W…',
'Open access: …', a line of '[Author](openalex author url)' links ending 'ACS Catalysis.
None(None)] 2025.https://doi.org/10.1021/….', then the abstract paragraph or 'No abstract'; lines
holding only spaces separate the parts.

Entry: every '## ' section (25, all journal articles); its lines run from the heading to the last
line with text before the next heading (the abstract or 'No abstract').  Title: the heading text.
Ids: the DOI glued to the year in the author line (the closing '.' dropped).  The header's OpenAlex
query bullet is not an entry.

Count checks: grep -c '^## ' = 25 = the header's 'Found 25 results' = 25 'OpenAlex: ' lines = 25
doi.org links; 22 sections say 'No abstract' (the other three carry an abstract, counted by grep).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "jkitchin__literature-alerts__md__ACS-Catalysis@d055c81.md"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, text in enumerate(lines, 1) if text.startswith("## ")]
    papers = []
    for k, first in enumerate(heads):
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        last = max(j for j in range(first, stop + 1) if lines[j - 1].strip())
        title = re.match(r"## (.+?)\s*$", lines[first - 1]).group(1)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 25
    assert all(p["doi"] and p["doi"].startswith("10.1021/acscatal.") for p in papers)
    assert sum(1 for p in papers if lines[p["end"] - 1].startswith("No abstract")) == 22
    write_truth(NAME, "wild10_development", papers,
                "every '## Title' section (OpenAlex id, open-access flag, author links with the DOI, abstract or"
                " 'No abstract') is an entry, title = the heading text; the header's query bullet is not",
                "count against the header's 'Found 25 results', 25 headings, 25 OpenAlex lines and 25 DOIs; every"
                " title and DOI read in the -v listing against the file; spans of the first, the last and the"
                " three sections with an abstract")


if __name__ == "__main__":
    main()
