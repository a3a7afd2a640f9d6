"""Wild14 truth for Qiaolin-Yu/paper-reading README.md: a student's "A list of papers I have read"
(databases and distributed systems).

Under topic headings ('## KV Store', '## NewSQL', '## Distributed System', ...) each paper is one
bullet '- [Title](pdf or publisher link)' with nothing after the link.  Every bullet is an entry
(22, all papers: systems papers incl. 'What's Really New with NewSQL?' and the Raft paper's
extended version); title = the link text as written.  Links are mostly author/venue PDFs: two
dl.acm.org links give DOIs (10.1145/3448016.3457297, 10.14778/3554821.3554834), one arxiv.org/pdf
link gives an arXiv id.  The intro line and headings are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "Qiaolin-Yu__paper-reading__README@84ce3f2.md"
PART = "wild14_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = re.fullmatch(r"- \[([^\]]+)\]\((https?://[^)\s]+)\)", text)
        if m:
            papers.append(entry(LINES, i, i, m.group(1)))
            per_section[section] = per_section.get(section, 0) + 1
        else:
            assert not text.startswith("-"), i
    # bullets per heading counted by eye in the file
    assert per_section == {
        "Data Lake, Data Warehouse and Lakehouse": 2, "KV Store": 4, "Cloud Database": 2, "NewSQL": 3,
        "Distributed System": 8, "Serverless": 1, "Others": 2,
    }, per_section
    write_truth(NAME, PART, papers,
                "every '- [Title](link)' bullet under the topic headings is an entry; title = the link text",
                "all 22 entries against the file (titles, one per bullet, per-heading counts 2/4/2/3/8/1/2),"
                " the two dl.acm.org DOIs and the arxiv.org/pdf id; intro line and headings give no entry")


if __name__ == "__main__":
    main()
