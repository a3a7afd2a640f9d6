"""Wild25 truth for richardsprague/microbiome-hackers-guide references-academic.md: a microbiome reading page.

Shape: a blog-like page ('# Best Academic Papers') of short topic sections ('##'/'###'), each a
sentence or two of prose followed by one or two full references, one reference per paragraph.
Most references sit in indented code blocks (four spaces, after two whitespace-only lines), so
their Markdown is not rendered (line 209 keeps a literal '[Title](url)' inside the code block);
four are plain paragraphs (lines 35, 40, 189, 194).  Three citation styles: Chicago with the
title in curly quotes ('Author. “Title.” Journal ... doi:...'; lines 50, 109, 117, 147, 155, 167,
182, 189, 194, 209), APA ('Author (2016). Title. Journal, ... http://doi.org/...'; lines 65, 75,
85, 127, 137) and two ad-hoc ones: line 35 'Authors(2014), Title, FEBS Letters, 588, doi: ...'
and line 40 'Authors (2014) Title. PLoS ONE ...'.
Title = the quoted text (its closing '.' dropped) for Chicago, the text after '(year). ' up to the
'. ' before the journal for APA, the comma-delimited second field on line 35, the text after
'(2014) ' up to '. PLoS' on line 40.  Line 209's quoted title is written
'[An Introduction to ... Applications](url): Amato.' (a reference-manager artefact): markup
removed, the title keeps ': Amato' as the file writes it.
Not entries: the inline prose links on line 7 (a Nature news story), line 20 '(Walters, Xu, Knight
2014)' and line 30 '(Finucane 2014)' (papers mentioned in running prose; both have their own
reference paragraphs on lines 35 and 40), the '([full text](medscape))' link on line 103 (full
text of the line 109 paper, not a record of its own), the topic bullets on lines 94-97, the
YouTube link on line 79 and the Microbiome Papers Collection link in 'Other Resources'.
Count check: 17 reference paragraphs = 13 in code blocks (lines starting with four spaces and a
letter) + 4 plain; 10 Chicago + 5 APA + 2 ad-hoc.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "richardsprague__microbiome-hackers-guide__references-academic@613d822.md"
PART = "wild25_development"
PLAIN = {35, 40, 189, 194}
CHICAGO = re.compile(r"“(.+?)”")
APA = re.compile(r"\(\d{4}\)\. (.+?)\. (?:bioRxiv|Nature|Genome Biology)\b")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts = {"chicago": 0, "apa": 0, "adhoc": 0}
    for i, text in enumerate(lines, 1):
        coded = re.match(r" {4}[A-Z]", text) is not None
        if not coded and i not in PLAIN:
            continue
        if m := CHICAGO.search(text):
            title = m.group(1).rstrip(".")
            counts["chicago"] += 1
        elif m := APA.search(text):
            title = m.group(1)
            counts["apa"] += 1
        elif i == 35:
            title = re.match(r"Walters .+?\(2014\), (.+?), FEBS Letters", text).group(1)
            counts["adhoc"] += 1
        elif i == 40:
            title = re.match(r"Finucane .+?\(2014\) (.+?)\. PLoS ONE", text).group(1)
            counts["adhoc"] += 1
        else:
            raise AssertionError(i)
        papers.append(entry(lines, i, i, title))
    assert sum(1 for t in lines if re.match(r" {4}[A-Z]", t)) == 13
    assert counts == {"chicago": 10, "apa": 5, "adhoc": 2}, counts
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "every full reference paragraph (13 in indented code blocks, 4 plain) is an entry; title = the"
                " curly-quoted text for Chicago references, the text after '(year).' for APA ones, the second"
                " field on line 35 and the text before '. PLoS ONE' on line 40; inline prose links to papers"
                " (lines 7, 20, 30) and the line 103 full-text link are not entries",
                "all 17 references read by eye against the -v output (titles, DOIs from 'doi:' text and"
                " doi.org URLs, trailing periods dropped); the three inline prose links and the line 209"
                " literal link checked by hand")


if __name__ == "__main__":
    main()
