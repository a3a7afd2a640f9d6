"""Wild16 truth for secartifacts/secartifacts.github.io _conferences/acsac2022/results.md: the ACSAC 2022
artifact-evaluation results (security), a generated page ('Results automatically obtained from ACSAC
website').

Shape: the whole list is YAML front matter, 'artifacts:' followed by one record per paper:
'-   title: <title>' (plain, or single-quoted with '' for an apostrophe), '    badges: ...',
'    artifact_url: <code or data URL>', '    paper_url: https://dl.acm.org/doi/pdf/10.1145/...'.
After the front matter: a sentence, the badge counts ('25 Artifacts Functional', '18 Artifacts
Reusable') and a Liquid template that renders the table (no records of its own).

Entry: every '-   title:' record (43 = 25 functional + 18 reusable, the page's own counts); its lines
run from the title line to the paper_url line.  Title: the YAML scalar's value (quotes removed, ''
read as ', as the page renders it).  DOI: from the ACM 'doi/pdf/' paper URL (the artifact URL is
code or data, not the paper).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "secartifacts__secartifacts.github.io___conferences__acsac2022__results@70ee9aa.md"
PART = "wild16_development"


def scalar(value: str) -> str:
    """A YAML scalar as rendered: single quotes removed and '' read as '."""
    if value.startswith("'"):
        assert value.endswith("'"), value
        return value[1:-1].replace("''", "'")
    assert not value.startswith('"'), value
    return value


def main() -> None:
    lines = read_lines(NAME)
    end_front = lines.index("---", 1) + 1  # 1-based line of the closing '---'
    papers = []
    for i, text in enumerate(lines[:end_front], 1):
        m = re.fullmatch(r"-   title: (.+)", text)
        if not m:
            continue
        last = i
        while last < end_front - 1 and not lines[last].startswith("-   "):
            last += 1
        assert lines[last - 1].startswith("    paper_url: https://dl.acm.org/doi/pdf/10.1145/"), i
        papers.append(entry(lines, i, last, scalar(m.group(1))))
    # second count: the page's own '25 Artifacts Functional' + '18 Artifacts Reusable', and grep -c '^-   title:'
    assert "* 25 Artifacts Functional" in lines and "* 18 Artifacts Reusable" in lines
    assert len(papers) == 43 == sum(1 for t in lines if t.startswith("-   title:"))
    assert all(p["doi"] and p["doi"].startswith("10.1145/3564625.") for p in papers)
    write_truth(NAME, PART, papers,
                "every '-   title:' record of the YAML front matter is an entry from its title line to its paper_url"
                " line, title = the YAML value (single quotes removed, '' read as '), DOI from the ACM doi/pdf paper"
                " URL; the Liquid template after the front matter adds no records",
                "all 43 records against the page's own badge counts (25 + 18), every title (the 14 single-quoted,"
                " the two with '' apostrophes: FAuST, One Fuzz Doesn't Fit All) and every DOI")


if __name__ == "__main__":
    main()
