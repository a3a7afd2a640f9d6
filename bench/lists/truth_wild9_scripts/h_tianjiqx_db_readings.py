"""Wild9 truth for tianjiqx/Readings reading_list/paper_reading_list.md: one person's database-systems
paper reading list (query optimization, architecture, column stores, transactions, execution, data
lakes, streams).

Shape: '## N.topic' / '### N.M subtopic' headings over GitHub task-list bullets '- [x] ' / '- [ ] '.
Most bullets are a bare title with no link, often with a remark in brackets glued to it
('...Really?(some expriment,good)', '(recommended)', '(bad)'); section 5.1 and the data-lake section
link the title ('- [ ] [Title](pdf url)'); eight bullets are APA-style citations pasted from a
reference manager ('Ioannidis, Y. E. (1996). Query Optimization. ACM Computing Surveys, 1-38.'), two of
them with a 'https://doi.org/...' DOI, one as 'Surajit Chaudhuri.Title'.

Entry = every task bullet naming a paper: 71 '- [' bullets minus the Hudi engineering blog post
(line 127), the 'slides: Lakehouse Technology ...' talk slides (line 128) and the empty last bullet
(line 142) = 68 (per section 4+6+5+6+3, 20, 6, 1, 1, 8, 2, 1, 2, 1, 2).  Franklin's 'Concurrency
control and recovery' (a handbook chapter, line 112) and two theses (Vectorwise MPP, Abadi & Madden)
are scholarly works and count.  Papers listed twice in section 2 (Alibaba cloud-native, Multi-model
Databases) are separate entries.

Title = the bare or linked title without the glued remark in brackets (the '(Left-outer-joins)' of
line 26 is part of that paper's title and stays), the title part of an APA citation, with a stray
author given name the reference manager left at the end dropped ('F1 Query: Declarative Querying at
Scale Bart', '... Dataflow System Derek'); typos and missing spaces kept as written.  The DOI of
line 140 is the wrong one the citation gives (a 1975 neurology article), kept since the line writes it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "tianjiqx__Readings__reading_list__paper_reading_list@b95c0f5.md"
LINES = read_lines(NAME)

NOT_PAPERS = {127: "[Hudi: Uber Engineering", 128: "[slides: Lakehouse", 142: ""}
REMARK = re.compile(r"\s*\((?:recommended|bad|good|also is memsql,recommended|some expriments?,good|"
                    r"classsical paper,good|Andrew Pavlo,recommended|some expriment,good)\)\s*$")
# APA citations and the two bullets carrying a stray author name: title by line.
BY_LINE = {
    10: "Query Optimization",
    11: "An Overview of Query Optimization in Relational Systems",
    40: "System R: relational approach to database management",
    48: "F1 Query: Declarative Querying at Scale",
    112: "Concurrency control and recovery",
    113: "Query Execution in Column-Oriented Database Systems",
    119: "SuRF : Practical Range Query Filtering with Fast Succinct Tries",
    134: "Breakfast of champions: Towards zero-copy serialization with NIC scatter-gather",
    140: "Naiad: A Timely Dataflow System",
    141: "Noria: dynamic, partially-stateful data-flow for high-performance web applications",
}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- ["):
            continue
        bullets += 1
        body = text[6:].strip()
        if i in NOT_PAPERS:
            assert body.startswith(NOT_PAPERS[i]) if NOT_PAPERS[i] else not body, (i, body)
            continue
        if i in BY_LINE:
            title = BY_LINE[i]
            assert title in body, (i, body)
        elif body.startswith("["):
            title = re.match(r"\[([^\]]+)\]\(", body).group(1)
        else:
            title = REMARK.sub("", body)
        assert "(" not in title or "Left-outer" in title, (i, title)
        papers.append(entry(LINES, i, i, title))
    assert bullets == 71, bullets
    assert len(papers) == 68, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every '- [x] '/'- [ ] ' task bullet naming a paper is an entry (not the Hudi blog post, the"
                " Lakehouse talk slides, the empty last bullet); title = the bare or linked title without the"
                " glued '(recommended)'-style remark, or the title part of an APA citation without stray author"
                " names",
                "all 68 entries against the file (71 bullets by grep, per-section counts by eye), the ten APA and"
                " stray-name bullets, the DOIs of lines 134 and 140")


if __name__ == "__main__":
    main()
