"""Wild14 truth for yiluheihei/metagenomic-analysis README (microbiome / metagenomics notes).

Shape: personal notes, '##'/'###' topic headings (':book: Papers', ':hammer_and_wrench: Softwares'),
'* ' bullets whose text is hard-wrapped at ~80 columns, so most link texts run over two lines;
continuation lines are indented two spaces.  Link texts carry labels before the title ('paper: ',
'review paper: ', 'paper, algorithm: '), the software bullets put the tool name before the link
('LEfSe, [Title](doi)'), some bullets add '[software: X](github)' and a description after the
paper link, one bullet (Data quality control) continues with an indented 'See also' paragraph
after a blank line.  The Database section names a database first ('[GMrepo](site), description,')
and then links its paper as '[paper in 2020 NAR database](doi)' (typos 'paer', 'dabase'; the last
bullet lost its '[': 'papar in 2020 NAR database](https://doi.org/...)').

Entry: every bullet that links a paper: the reviews, papers, software papers, metabolic-model and
interaction papers, and the ten database bullets (each cites its database's NAR paper by DOI; the
bullet names no title of that paper, so title null).  Not an entry: the animalcules bullet (an R
package linked to GitHub, no paper).  Lines: the whole bullet with its indented continuation lines
(for the quality-control bullet, through its 'See also' paragraph).  Title: the first link's text,
rewrapped onto one line, without the 'paper: ' / 'review paper: ' / 'paper, algorithm: ' label and
without a closing '.' inside the link text; the tool name before the link is not part of it.

Counts: 41 '* ' bullets (grep) minus animalcules = 40; per section 4 + 1 + 4 + 6 + 7 + 2 + 4 + 1 + 1 + 10.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "yiluheihei__metagenomic-analysis__README@d1ce5e6.md"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("* ")]
    assert len(starts) == 41, len(starts)
    papers = []
    section = ""
    per_section: dict[str, int] = {}
    heads = {i: t for i, t in enumerate(lines, 1) if t.startswith("#")}
    for i in starts:
        section = heads[max(h for h in heads if h < i)]
        end = i
        while end < len(lines) and (lines[end].startswith("  ") or (
            not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].startswith("  ")
        )):
            end += 1  # indented continuation lines (and a blank line inside the item)
        text = " ".join(ln.strip() for ln in lines[i - 1 : end])
        if "animalcules" in text:
            continue  # an R package on GitHub, no paper
        if section == "## Database":
            assert "NAR" in text and "doi.org/10.1093/nar/" in text, i
            papers.append(entry(lines, i, end, None))
        else:
            m = re.match(r"\* (?:[\w-]+, )?\[(.+?)\]\(", text)
            assert m, (i, text)
            title = re.sub(r"^(?:review paper|paper, algorithm|paper): ", "", m.group(1)).rstrip(". ")
            papers.append(entry(lines, i, end, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert list(per_section.values()) == [4, 1, 4, 6, 7, 2, 4, 1, 1, 10], per_section
    assert len(papers) == 40
    write_truth(
        NAME, "wild14_development", papers,
        "every '* ' bullet linking a paper is an entry (with its indented continuation lines), title = first"
        " link text rewrapped, without 'paper: '/'review paper: '/'paper, algorithm: ' labels and a closing '.';"
        " the ten database bullets cite their NAR paper only as '[paper in YYYY NAR database](doi)': entries"
        " with null title; the animalcules tool bullet is not an entry",
        "41 bullets by grep, 40 entries, per-section counts by eye; every wrapped title read against the file;"
        " the MGnify bullet whose '[' is missing still gives its DOI; software name prefixes not in titles",
    )


if __name__ == "__main__":
    main()
