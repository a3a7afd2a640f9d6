"""Wild27 truth for derekwin/acaHelper papers/gpu.md: a generated paper list (systems/architecture).

Shape: the file is the output of the repository's own tool (a Streamlit app that pulls conference
papers from DBLP by keyword and writes one Markdown page per keyword, here "gpu").  Line 1 is the
heading '# 论文列表' ("paper list"), line 2 blank, then 338 records of exactly five lines each from
line 3 on:
    '## N. Title.'                      (DBLP writes every title with a closing '.')
    '- Conference: VENUE YEAR'
    '- Authors: First, Second, ... Last'
    '- URL: [url](url)'                 (doi.org, dl.acm.org/doi/10.1109/..., usenix.org, ndss-symposium.org)
    ''
Entry: every record (lines of the heading through the URL line); title = the heading text after
the number, the closing '.' dropped (a separator, as the README's conventions say; no title ends
in '?' or '!' before it).  No record lacks a title, none carries an arXiv id; DOIs come from the
doi.org links and the dl.acm.org/doi/ URLs (lines 621-676, SC 2024).
Special case: line 1443 'Lightning Talk: Efficiency and Programmability of DNN Accelerators and
GPUs.' is a DAC 2023 two-page proceedings paper with its own DOI, kept as an entry under the title
it is written with.  No duplicate titles.
Count check: 338 '## ' headings = 338 '- URL:' lines = 338 entries; the script asserts the
five-line rhythm of every record and the running numbers 1..338.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "derekwin__acaHelper__papers__gpu@c1f720a.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 论文列表" and lines[1] == ""
    papers = []
    i = 3  # 1-based line of the first record
    while i <= len(lines) and lines[i - 1].strip():
        m = re.fullmatch(r"## (\d+)\. (.+)\.", lines[i - 1])
        assert m, i
        assert int(m.group(1)) == len(papers) + 1, i
        assert lines[i].startswith("- Conference: "), i
        assert lines[i + 1].startswith("- Authors: "), i
        assert lines[i + 2].startswith("- URL: ["), i
        assert i + 3 >= len(lines) or lines[i + 3] == "", i
        papers.append(entry(lines, i, i + 3, m.group(2)))
        i += 5
    assert all(not ln.strip() for ln in lines[i - 1:]), i
    assert len(papers) == 338, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 284, sum(1 for p in papers if p["doi"])
    write_truth(NAME, PART, papers,
                "every five-line record ('## N. Title.', Conference, Authors, URL) of this DBLP-generated page is"
                " an entry; title = the heading after the number with DBLP's closing '.' dropped; DOIs from"
                " doi.org and dl.acm.org/doi links",
                "the five-line rhythm and numbering asserted for all 338 records; by eye the first and last"
                " records, the SC 2024 dl.acm.org block (lines 621-676), the NDSS and usenix records (no DOI),"
                " the 'Lightning Talk' record (line 1443) and a sample of about 20 titles against their lines")


if __name__ == "__main__":
    main()
