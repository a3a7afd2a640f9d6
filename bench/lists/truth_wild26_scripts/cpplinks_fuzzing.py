"""Wild26 truth for MattPD/cpplinks testing.fuzzing.md: the 'C++ links' page on fuzzing (security testing).

Shape: a links page, not a paper list only: 'See also' and 'Contents' bullets (lines 3-20), then
'# General', '# Readings' (Books, Collections, General, Embedded, Evaluation, GPU, Implementation,
Practice), '# Software' (tools: AFL, libFuzzer, Benchmarking, OS, Performance) and '# Talks' by
year.  Every record is a '- Name' bullet whose fields are tab-indented sub-bullets, one per line:
venue and year ('ESEC/FSE 2020', '2022 PhD Dissertation'), authors, bare URLs, a quoted blurb; a
sub-bullet can itself be a record with its own fields one tab deeper (a paper under a tool, a talk
or blog post under a paper, a person's blog posts).  136 top-level records after line 22 (43 in
Readings, 63 in Software, 30 in Talks) and 472 sub-bullets.
Entries (40): every record, at any depth, whose subject is one paper (conference and workshop
papers, journal and magazine articles, surveys, a workshop report, a technical report, PhD
dissertations) - 24 in Readings (22 top-level, 2 nested: line 164 'Static Program Analysis as a
Fuzzing Aid' under a blog post, line 278 'Swarm Testing' under 'John Regehr') and 16 in Software:
10 papers nested under their tool (lines 313, 322, 354, 368, 374, 445, 454, 467, 516, 530) and 6
tool-named records whose fields are a paper's venue and authors (FuzzFactory 329, Nautilus 360,
QSYM 378, PerfFuzz 560, perf fuzzer tech report 565, SlowFuzz 574); for FuzzFactory, Nautilus and
SlowFuzz the venue sits in a sub-bullet with authors and PDF nested under it.
An entry spans its bullet to the last line of its own fields; nested records of another kind (the
HotSOS talk, blog posts and ISSISP slides under line 128; tools under 153, 185, 313...; the
Coursera interview line 248) are left out of the span.  Line 530 'DIFUZE: ... - CCS 2017' has its
PDF on the next sibling line 531, included.
Not entries: books, collections (awesome lists), tools without a paper (Magma, MoonLight,
ClusterFuzz...), documentation ('Technical "whitepaper" for afl-fuzz' line 421, Testing Handbook
chapter line 87, RamFuzz's repository write-up line 390), blog posts and blog series, workshops
and trainings, slides, and all 30 talks (the DEFCON 2007 talk on line 719 links a whitepaper but is
a talk record).
Title = the bullet text as written (' - CCS 2017' dropped on line 530).
Count check: 40 entries = 24 Readings + 16 Software, 0 in Talks; every entry line is a bullet.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "MattPD__cpplinks__testing.fuzzing@3908905.md"
PART = "wild26_development"
SPANS = [
    # Readings: General, Embedded, Evaluation, GPU, Practice
    (53, 57), (58, 61), (62, 65), (66, 71), (72, 75), (76, 81), (82, 86), (89, 93), (97, 100),
    (104, 107), (115, 120), (124, 127), (128, 133), (143, 147), (148, 152), (153, 157), (164, 167),
    (170, 175), (179, 184), (185, 188), (242, 247), (254, 258), (278, 280), (300, 304),
    # Software
    (313, 316), (322, 325), (329, 335), (354, 357), (360, 364), (368, 373), (374, 377), (378, 382),
    (445, 448), (454, 457), (467, 470), (516, 520), (530, 531), (560, 564), (565, 568), (574, 580),
]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[305] == "---" and lines[581] == "---"
    papers = []
    for first, last in SPANS:
        m = re.fullmatch(r"(\t*)- (.+?)\s*", lines[first - 1])
        assert m, first
        depth = len(m.group(1))
        for k in range(first + 1, last + 1):
            sub = re.match(r"(\t*)- ", lines[k - 1])
            assert sub and (len(sub.group(1)) > depth or k == 531), k
        title = m.group(2)
        if first == 530:
            title = title.removesuffix(" - CCS 2017")
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 40
    assert sum(1 for p in papers if p["line"] < 306) == 24
    assert sum(1 for t in lines[22:] if t.startswith("- ")) == 136
    write_truth(NAME, PART, papers,
                "every bullet record, top-level or nested, whose subject is one paper (incl. theses, a tech report and"
                " tool-named records that give a paper's venue and authors) is an entry spanning its own field"
                " sub-bullets; title = the bullet text; tools, blogs, docs, books, collections and talks are not entries",
                "the whole file read by eye: all 136 top-level records and their nested records sorted into 40 papers"
                " and the rest; every span's first and last line, each title against its bullet; arXiv ids and DOIs"
                " (doi.org, doi.ieeecomputersociety.org, Springer chapter URLs) checked in the -v output")


if __name__ == "__main__":
    main()
