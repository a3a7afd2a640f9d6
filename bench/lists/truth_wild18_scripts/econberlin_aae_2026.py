"""Wild18 truth for AppliedEconBerlin/bsoe_gc_aae_2026 README.md: a PhD course syllabus (Advanced
Applied Econometrics, Summer 2026, DIW / HU Berlin) with one '### N Topic (date, lecturer)' section per
lecture and, inside it, a '#### References' (or '#### Reference') heading over '- ' bullets.

Shape: each bullet is one plain-text author-first reference in economics style, in several spellings:
'Surname, Given (Year), Title, *Journal, vol*(no).', 'Given Surname and ... (Year) Title, *Journal*',
'Surname, Given. Year. “Title.” *Journal*', 'Surname, I. (Year). Title. *Journal*'.  Compulsory
readings are wrapped in '**...**'.  Almost no links: a few doi.org URLs and PDF/Dropbox URLs as bare
text.  One bullet (Angrist & Krueger, lines 115-116) wraps onto a second line.

Entry: a bullet under a 'References'/'Reference' heading whose subject is one scholarly work
(journal article, working / discussion paper, handbook chapter).  Handbook of Labor Economics /
Econometrics / Industrial Organization chapters (Angrist & Krueger 1999, Rust 1994, Keane, Todd &
Wolpin 2011, Berry & Haile 2021) are survey articles and kept.  Not entries: the textbook chapters
of 'Causal Inference: The Mixtape' (5 bullets) and 'Mostly Harmless Econometrics' (1), the books of
Judd (1998), Train (2009) and Wolpin (2013, MIT Press), Haile's slides (2022, a talk), the note
'More readings are posted in the online-folder', and the author-year mentions inside the topic
bullets of lecture 6 ('**Methodology fights** Angrist and Pischke (2010), ...'), which are not
records.  The same paper listed twice (Roth et al. 2022 twice in lecture 3; Berry, Levinsohn &
Pakes 1995 and Conlon & Gortmaker 2020 in lectures 7 and 8) gives separate entries.

Title: the quoted “...” text when the reference quotes it, else the text after the year up to the
venue (cut at the italic venue, or at the venue / series words the file writes after a '.' or ','),
'**' markup removed, the separator before the venue dropped; 'Chapter 23 - ' before Angrist &
Krueger's chapter title is numbering and dropped.  Bietenbeck, Leibing, Marcus & Weinhardt (2023)
gives authors, journal and DOI but no title: title null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "AppliedEconBerlin__bsoe_gc_aae_2026__README@1cbfb5d.md"
PART = "wild18_development"
LINES = read_lines(NAME)

#: Bullets under a References heading that are not scholarly works (first line: what it is).
NOT_PAPERS = {
    120: "Mixtape textbook chapter 'Randomization Inference'",
    136: "Mixtape textbook chapter 'Panel Data'",
    155: "Mostly Harmless Econometrics, textbook chapter 5.2",
    161: "Mixtape textbook chapter 'Difference-in-Differences'",
    182: "Mixtape textbook chapter 'Instrumental Variables'",
    196: "note: more readings in the online folder",
    210: "Mixtape textbook chapter 'Regression Discontinuity'",
    251: "Haile (2022) slides",
    255: "Judd (1998) Numerical Methods in Economics, book",
    263: "Train (2009) Discrete Choice Methods with Simulation, book",
    267: "Wolpin (2013) The limits of inference without theory, MIT Press book",
}
NO_TITLE = {167}  # Bietenbeck et al. (2023): authors, journal, DOI only

#: Where the venue starts when no italic marks it (text after the title).
VENUE_START = re.compile(
    r"(?:\.\s+Journal of Political Economy|\.\s+The Economics of Education Review|,\s+CEP/LSE-Discussion"
    r"|\.\s+Available at SSRN|\.\s+In \*Handbook|,\s+In R\. Engle|,\s+Cambridge University Press"
    r"|,\s*\*|\.?\s*\*|,\s+in Orley)")
YEAR = re.compile(r"\((?:19|20)\d\d\)[.,:]?\s*|\b(?:19|20)\d\d\.\s+")


def title_of(text: str) -> str:
    body = text.replace("**", "")
    q = re.search(r"“(.+?)”", body)
    if q:
        t = q.group(1)
    else:
        m = YEAR.search(body)
        assert m, body
        rest = body[m.end():]
        v = VENUE_START.search(rest)
        assert v, rest
        t = rest[: v.start()]
    t = re.sub(r"^Chapter \d+ - ", "", t.strip())
    return t.rstrip(" ,.")


def main() -> None:
    papers = []
    in_refs = False
    n_bullets = 0
    i = 0
    while i < len(LINES):
        no = i + 1
        s = LINES[i]
        if s.startswith("#"):
            in_refs = s.strip() in ("#### References", "#### Reference")
            i += 1
            continue
        if in_refs and s.startswith("- "):
            n_bullets += 1
            last = no
            # a continuation line (not blank, not a new bullet or heading) belongs to the bullet
            while last < len(LINES) and LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
                last += 1
            if no not in NOT_PAPERS:
                text = " ".join(LINES[k - 1].strip() for k in range(no, last + 1))
                papers.append(entry(LINES, no, last, None if no in NO_TITLE else title_of(text)))
            i = last
            continue
        i += 1
    # second count: 11 '#### Reference(s)' sections holding 6+5+8+8+9+11+4+2+3+2+1 bullets (awk)
    assert n_bullets == 59, n_bullets
    assert len(papers) == 59 - len(NOT_PAPERS) == 48, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet under a '#### References' / '#### Reference' heading whose subject is a journal"
                " article, working paper or handbook chapter is an entry (the wrapped Angrist & Krueger bullet spans"
                " two lines); title = the quoted text, else the text between the year and the venue, '**' and"
                " 'Chapter 23 - ' removed; textbook chapters (Mixtape x5, Mostly Harmless), books (Judd, Train,"
                " Wolpin), slides and the online-folder note are not entries; Bietenbeck et al. 2023 has no title"
                " (null); repeated references are separate entries",
                "all 59 reference bullets one by one against the file (counted per section with grep), the 11 left"
                " out, every title's start and end (venue cut, '?' kept in 'Who teaches the teachers? ...' and"
                " 'How much should we trust ...?', commas kept inside 'Autonomous Schools, Achievement and"
                " Segregation' and 'The Good, The Bad and The Average: ...'), the 5 DOIs, the null title")


if __name__ == "__main__":
    main()
