"""Wild28 truth for brendenlake/CCM-site README.md: the syllabus of NYU's Computational cognitive
modeling course (Spring 2024, DS-GA 1016 / PSYCH-GA 3405), whose '## Readings' section is the
course reading list.

Shape: a long course README (logistics, grading, final project, lecture and lab schedules with
slide links, policies, cloud setup).  The reading list (lines 120-175) has eight bold topic lines
('**Bayesian modeling**') each followed by '- ' bullets of plain-text author-first references with
no links: 'Authors (Year). Title. Journal, vol(issue), pages.'; the year is sometimes not followed
by a period (lines 134, 135, 155, 156, 174), one title is quoted ('"Advanced Reinforcement
Learning"', line 135) and one in curly quotes (line 136), two are tagged '\\[optional\\]' (lines 157,
163), line 161 has no initials ('Charniak (1991).'), line 174 ends with a bare 'doi:10.1038/...'
text, and the bullet of line 168 wraps onto line 169.  One more full reference stands on its own
line in the Final Project section (line 61, Singh et al. 2020, given as 'a good example' of a
write-up, with an arXiv link), a reference record of its own, counted.
Entries: every reference whose subject is an article, conference paper or report (the CBMM memo of
line 168).  Title = the text between the year and the venue, as written (quotes removed).
Not entries (6): chapters of books - line 126 (Parallel Distributed Processing Vol I, Ch 1), line
134 (Oxford Handbook chapter), line 135 (chapter in Neuroeconomics), lines 141 and 163 (Russell &
Norvig chapters), line 145 (MacKay's book, Chapter 29).  Ghahramani (2015) is listed twice (lines
144 and 167): two entries.  No paper is named in the lecture or lab schedules (slides only).
Count check: 28 bullets in the Readings section (8 topics: 5+4+5+2+4+3+3+2) - 6 chapters = 22,
plus line 61 = 23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "brendenlake__CCM-site__README@0ff1d69.md"
PART = "wild28_development"
CHAPTERS = {126: "Vol I, Ch 1", 134: "Oxford Handbook", 135: "Chapter in Neuroeconomics",
            141: "Chapter 13", 145: "Chapter 29", 163: "Chapter 14"}
TITLES = {
    61: "End-to-end deep prototype and exemplar models for predicting human behavior",
    127: "Deep learning",
    128: "The parallel distributed processing approach to semantic cognition",
    129: "Finding structure in time",
    130: "Adapting Deep Network Features to Capture Psychological Representations",
    136: "Dialogues on prediction errors",
    137: "Cortical substrates for exploratory decisions in humans",
    142: "Generalization, similarity, and Bayesian inference",
    143: "How to grow a mind: Statistics, structure, and abstraction",
    144: "Probabilistic machine learning and artificial intelligence",
    149: "Bayesian Fundamentalism or Enlightenment? On the Explanatory Status and Theoretical Contributions"
         " of Bayesian Models of Cognition",
    150: "Rational use of cognitive resources: Levels of analysis between the computational and the algorithmic",
    154: "Ten simple rules for the computational modeling of behavioral data",
    155: "When a good fit can be bad",
    156: "How persuasive is a good fit? A comment on theory testing",
    157: "Tutorial on maximum likelihood estimation",
    161: "Bayesian networks without tears",
    162: "The discovery of structural form",
    167: "Probabilistic machine learning and artificial intelligence",
    168: "Concepts in a probabilistic language of thought",
    170: "Human-level concept learning through probabilistic program induction",
    174: "Cognitive computational neuroscience",
    175: "Approaches to analysis in model-based cognitive neuroscience",
}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Readings") + 1
    stop = lines.index("## Course policies and FAQ") + 1
    assert (start, stop) == (120, 177)
    topics = sum(1 for t in lines[start:stop - 1] if re.fullmatch(r"\*\*[^*]+\*\*", t))
    assert topics == 8, topics
    papers = []
    bullets = 0
    for i in range(start, stop):
        text = lines[i - 1]
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in CHAPTERS:
            assert CHAPTERS[i] in text, i
            continue
        end = i + 1 if lines[i].startswith("  ") and lines[i].strip() else i
        title = TITLES[i]
        assert title in text, i
        papers.append(entry(lines, i, end, title))
    assert bullets == 28, bullets
    assert lines[60].startswith("Singh, P.") and TITLES[61] in lines[60]
    papers.append(entry(lines, 61, 61, TITLES[61]))
    assert len(papers) == 23, len(papers)
    assert sorted(TITLES) == sorted(p["line"] for p in papers)
    write_truth(NAME, PART, papers,
                "every plain-text reference bullet of the '## Readings' section whose subject is an article,"
                " conference paper or report is an entry (six book chapters are not), plus the example reference"
                " on its own line in the Final Project section (line 61); title = the text between year and"
                " venue, written out by hand per line and checked against it",
                "all 28 reading bullets and line 61 read by eye: the six chapters left out, every title checked"
                " against its line (quoted titles on lines 135-136, the wrapped bullet 168-169, the repeated"
                " Ghahramani paper, the [optional] tags), the arXiv link of line 61 and the doi text of line 174")


if __name__ == "__main__":
    main()
