"""Wild24 truth for HeyWeCome/awesome-information-diffusion README.md: GB/T 7714 references inside HTML tables.

Shape: two prose sections ('1.1 Microscopic ...' line 7, '1.2 Macroscopic ...' line 180), each with
one raw HTML '<table border="3">' of three columns (Year | Paper | Link; the header row is made of
<td> cells, lines 13-17 and 190-194).  Each body row spans five lines:
    <tr >
        <td>2025</td>
        <td><font size=2>Authors, et al. Title[J]. Journal, 2025, 19(2): 1-23.</td>   (<font> never closed)
        <td> <a href="...">paper</a> <a href="https://github.com/...">code</a> </td>
    </tr>
The Paper cell is a Chinese-standard (GB/T 7714) reference: authors as 'Surname X Y', ending
'et al.' or the last initial and '. ', then the title, then a type tag '[J]' (journal) or '[C]'
(proceedings, followed by '//' and the book title), then venue, year, volume and pages.
Entries: the 62 body rows whose Paper cell holds '<font size=2>' (lines 18-177: 32 rows; lines
194-343: 30 rows); lines = '<tr >' to '</tr>'.  Title = the reference text between the end of
the author list (the first '. ') and the '[J]'/'[C]' tag.  Ids come from the row: the 'paper'
link (IEEE Xplore, ACM DL 'doi/', 'doi/abs/' and 'doi/full/' URLs giving 12 DOIs, ScienceDirect, AAAI OJS, Springer chapter doi, computer.org, arXiv)
and, line 291, 'arXiv preprint arXiv:2306.03756' in the reference text itself.
Repeated papers are separate entries (DucDiff twice in a row, rows 68-72 and 73-77; 'Disentangling Inter-and
Intra-Cascades ...' lines 25 and 90; 'Integrating User Relationships ...' lines 45 and 211; 'Popularity
prediction via modeling temporal dependencies ...' lines 221 and 276, written with different case).
The Year cell sometimes disagrees with the reference (line 335 '2019' for a 2021 article): not used.
Not entries: the header rows, the prose, and the whole '2. Datasets' table (from line 347: rows name
a dataset with a 'reference' and a 'url' link, many empty 'href=""' placeholders): its records are
datasets, not papers.
Count check: 62 '<font size=2>' cells in the file, all in the two paper tables = 62 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "HeyWeCome__awesome-information-diffusion__README@c445f7e.md"
PART = "wild24_development"
DATASETS = 346  # '## :bookmark_tabs: 2. Datasets'


def main() -> None:
    lines = read_lines(NAME)
    assert lines[DATASETS - 1].endswith("2. Datasets")
    assert sum(1 for t in lines if "<font size=2>" in t) == 62
    papers = []
    for i, text in enumerate(lines, 1):
        if "<font size=2>" not in text:
            continue
        assert i < DATASETS, i
        first, end = i - 2, i + 2
        assert lines[first - 1].strip() in ("<tr >", "<tr>"), first
        assert re.fullmatch(r"\s*<td>\d{4}</td>", lines[first]), first
        assert lines[end - 1].strip() == "</tr>", end
        m = re.fullmatch(r"\s*<td><font size=2>(.+?)</td>", text)
        assert m, i
        ref = m.group(1)
        m = re.match(r"(?P<auth>[^.]+?)\. (?P<title>.+?)\[(?P<kind>[JC])\]", ref)
        assert m, (i, ref)
        assert re.fullmatch(r"(?:[A-Z][\w'’-]*(?: [A-Z])+, )*(?:[A-Z][\w'’-]*(?: [A-Z])+|et al)", m.group("auth")), (i, m.group("auth"))
        papers.append(entry(lines, first, end, m.group("title")))
    assert len(papers) == 62, len(papers)
    assert sum(1 for p in papers if p["line"] < 180) == 32
    write_truth(NAME, PART, papers,
                "every body row of the two Year | Paper | Link HTML tables is an entry (lines <tr > to </tr>); title = the"
                " GB/T 7714 reference's title, between the author list's closing '. ' and the [J]/[C] type tag; the"
                " Datasets table (dataset names with reference/url links) is not a paper table",
                "all 62 rows read against the -v output: every title checked against its reference, the [C]// rows,"
                " the repeated rows (25/90, 45/211, 70/75, 221/276), line 291's arXiv id in the text, the ACM DL and"
                " Springer chapter DOIs; the datasets table from line 347 read and excluded")


if __name__ == "__main__":
    main()
