"""Wild15 truth for MPBHU/bse_gc_aae README.md: an applied-econometrics PhD syllabus (DIW Berlin, spring 2023).

Shape: ten '### N Topic (date, lecturer)' lecture sections, each with topic bullets and then a
'#### References' (or '#### Reference') heading followed by '- ' bullets, one reference each,
separated by blank lines (one, Cunningham's 'Randomization Inference' chapter, wraps onto a
second line).  Compulsory readings are wrapped whole in '**...**'.  The references mix styles:
'Author (Year). Title. *Venue*', 'Author (Year), Title, *Venue*', 'Author (Year): Title. *Venue*',
Chicago 'Author. Year. “Title.” *Venue*', APA 'A., B. (Year). Title. Venue' and 'Author, Title,
*Venue*' with no year (Young, 2019).

Entry: a reference bullet under a 'References' heading whose subject is an article, working
paper or handbook chapter (Berry & Haile's and Keane, Todd & Wolpin's handbook surveys are
kept).  Not entries: the books (Judd's 'Numerical Methods in Economics', Train's 'Discrete
Choice Methods with Simulation', Wolpin's MIT Press book 'The limits of inference without
theory'), the textbook chapters (Angrist & Pischke's 'Mostly Harmless Econometrics' ch. 5.2, the
five chapters of Cunningham's 'Causal Inference: The Mixtape') and Haile's lecture slides; nor
the author-year pointers on the topic bullets of lecture 1 ('**Methodology fights** Angrist and
Pischke (2010), ...'), which only point at the references below.  Berry et al. (1995) and
Conlon & Gortmaker (2020), listed under lectures 7 and 8, are two entries each.

Title: the quoted title when the reference quotes it (“...”), else the text after the
'(Year)' and its separator up to the italic venue ('*'), a trailing ' In' and final ',' / '.'
dropped; Altonji et al. has no italics (title ends before '. Journal of Political Economy'),
Young has no year (title after 'Alwyn Young, ').  Titles are kept as written (Roth et al.'s
'inDifference-in-Differences' typo included).  No entry links a DOI or arXiv id.

Counts: 46 bullets under the References headings (awk over the sections), 10 of them books,
textbook chapters or slides, so 36 entries; per lecture 7, 3, 2, 3, 6, 6, 4, 2, 2, 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "MPBHU__bse_gc_aae__README@bd07cca.md"
PART = "wild15_development"
LINES = read_lines(NAME)

#: first line of each reference that is no paper: what it is
NOT_PAPERS = {
    52: "Haile (2022), lecture slides",
    56: "Judd (1998), book",
    64: "Train (2009), book",
    68: "Wolpin (2013), MIT Press book",
    94: "Cunningham, Mixtape chapter 'Randomization Inference'",
    108: "Cunningham, Mixtape chapter 'Panel Data'",
    121: "Angrist & Pischke, Mostly Harmless Econometrics ch. 5.2",
    127: "Cunningham, Mixtape chapter 'Difference-in-Differences'",
    141: "Cunningham, Mixtape chapter 'Instrumental Variables'",
    167: "Cunningham, Mixtape chapter 'Regression Discontinuity'",
}
PER_LECTURE = [7, 3, 2, 3, 6, 6, 4, 2, 2, 1]


def title_of(text: str) -> str:
    t = text.replace("**", "").strip()
    q = re.search(r"“(.+?)”", t)
    if q:
        return q.group(1).rstrip(" ,.")
    if t.startswith("Alwyn Young, "):
        t = t[len("Alwyn Young, "):]
    else:
        m = re.search(r"\(\d{4}\)[.,:]?\s*", t)
        assert m, t
        t = t[m.end():]
    t = t.split("*")[0]
    t = t.split(". Journal of Political Economy")[0]
    t = re.sub(r"\s+In$", "", t.strip())
    return t.rstrip(" ,.")


def main() -> None:
    papers = []
    per_lecture: list[int] = []
    in_refs = False
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            in_refs = False
            per_lecture.append(0)
            continue
        if text.startswith("#### Reference"):
            in_refs = True
            continue
        if not in_refs or not text.startswith("- "):
            continue
        bullets += 1
        last = i
        while LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
            last += 1  # a wrapped continuation line
        if i in NOT_PAPERS:
            continue
        own = " ".join(ln.strip() for ln in LINES[i - 1:last])
        papers.append(entry(LINES, i, last, title_of(own[2:])))
        per_lecture[-1] += 1
    assert bullets == 46, bullets
    assert len(papers) == 36, len(papers)
    # the first two '###' headings are 'Course organization' and 'Course objectives'
    assert per_lecture[2:] == PER_LECTURE, per_lecture
    write_truth(
        NAME, PART, papers,
        "every '- ' reference bullet under a lecture's 'References' heading that cites an article, working paper"
        " or handbook chapter is an entry (bold compulsory ones too), title = the quoted title, else the text after"
        " '(Year)' up to the italic venue; books, textbook chapters (Mostly Harmless, the Mixtape) and slides are"
        " not entries, nor the author-year pointers on lecture 1's topic bullets",
        "all 46 reference bullets one by one against the file (awk count per section), the 10 left out, every"
        " title's start and end (quoted Chicago titles, the no-year Young reference, Altonji's unitalicised venue,"
        " Keane-Todd-Wolpin's trailing 'In', the wrapped Mixtape bullet); no DOI or arXiv id in the file")


if __name__ == "__main__":
    main()
