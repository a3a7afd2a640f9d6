"""Wild53 truth for Harvard-CS290/harvard-cs290.github.io readings.md: the "Readings" page of Harvard's CS 290
first-year PhD seminar (research culture, skills, careers, mental health), newest commit holding it (071f730,
2025-08-08).  A course reading list of mixed media in which research papers are a minority.

Shape: 153 lines, 16 KB.  Jekyll front matter (1-5), an intro paragraph (7-13), then seven ``## `` sections
(Skill Building 16, Different Professional Paths 48, Power Dynamics and Research in Context 66, Understanding
Research in Societal Contexts 86, Academic Language and Currency 97, Problems with Publishing 117, Mental Health
in Academia 132), each an intro paragraph and a ``* `` bullet list.  Nearly every link carries two kramdown
inline attribute lists glued after it: ``[Title](url){:target="_blank"}{:rel="noopener noreferrer"}``.  Some
links are Liquid-relative (``({{ site.baseurl }}/readings/...)``, 32-34).  Bullets are one line each; a few have
numbered or bulleted children (29-31, 37-39, 43-44, 150-151).

What the bullets are: guides, blog posts, tutorials, talks (YouTube, Panopto), podcasts, books (Hollis/Amazon
links, 82, 91-93), news and career columns (Nature careers 61, Slate 109, WHYY 147), an institutional task-force
report (141), a citation guide (111), a Nobel-site essay (113), a magazine essay (77) -- and sixteen research
articles: journal/conference papers and one bioRxiv preprint.

Special cases:
- 143: prose before the link (``Asking for help might actually increase your colleague's well-being: [Surprisingly
  Happy to Have Helped: ...](pubmed)``); the title is the link text only.
- 145, 146 and 80: the written title begins with quotation marks (curly ``“I Know I Have to Work Twice as
  Hard...”:``, ``“Black Genius, Asian Fail”:`` and straight ``"Fair" Risk Assessments``); kept as written.
- 114 ``The Disappeared: Beyond Winning and Losing`` is an article in IEEE Computer magazine (computer.org CSDL);
  counted as a published article.  77 ``Saving Science`` (The New Atlantis essay) is not.
- 128 ``Publish or perish: Where are we heading?`` (J Res Med Sci, PMC link) and 108 ``The Matthew Matilda Effect
  in Science`` (JSTOR via a Harvard proxy) are journal articles.
- Ids: arXiv 1711.08412 (90); DOIs written in the URLs of 112 (bioRxiv 10.1101/...), 144 (ACM 10.1145/...) and
  146 (SAGE 10.1177/...); the rest link PDFs, PMC, PubMed, JSTOR or CSDL pages without a DOI.

Decisions:
- Entry = a bullet whose main link is a research article (paper, preprint); sixteen bullets, listed by line in
  PAPER_LINES after reading every bullet.  Title = the text of the bullet's first link with the brackets and the
  ``{:...}`` lists dropped.
- Not entries: guides, blogs, talks, books, news, podcasts, reports of an institution, tutorials, section intros.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Harvard-CS290__harvard-cs290.github.io__readings@071f730.md"
PART = "wild53_development"

PAPER_LINES = [79, 80, 81, 90, 108, 110, 112, 114, 127, 128, 142, 143, 144, 145, 146, 148]
LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\{:target=\"_blank\"\}\{:rel=\"noopener noreferrer\"\}")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Readings", lines[2]
    bullets = [n for n, ln in enumerate(lines, 1) if ln.startswith("* ")]
    assert len(bullets) == 45, len(bullets)
    papers = []
    for n in PAPER_LINES:
        ln = lines[n - 1]
        assert ln.startswith("* "), (n, ln)
        m = LINK.search(ln)
        assert m, (n, ln)
        assert n == 143 or m.start() == 2, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert t[80]["title"] == '"Fair" Risk Assessments: A Precarious Approach for Criminal Justice Reform', t[80]
    assert (t[90]["title"], t[90]["arxiv"]) == (
        "Word Embeddings Quantify 100 Years of Gender and Ethnic Stereotypes", "1711.08412"), t[90]
    assert t[112]["doi"] == "10.1101/2020.10.12.336230", t[112]
    assert t[143]["title"].startswith("Surprisingly Happy to Have Helped"), t[143]
    assert t[144]["doi"] == "10.1145/3334480.3381824", t[144]
    assert t[145]["title"].startswith("“I Know I Have to Work Twice as Hard"), t[145]
    assert t[146]["doi"] == "10.1177/2332858418816658", t[146]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "A bullet is an entry when its main link is a research article (journal/conference paper or preprint): 16"
        " of the 45 top-level bullets, chosen by reading each (lines 79-81, 90, 108, 110, 112, 114, 127-128,"
        " 142-146, 148); title = the first link's text (143: the link after the prose lead-in), the kramdown"
        " {:target}{:rel} lists and the URL dropped; guides, blog posts, talks, podcasts, books, news/career"
        " columns, the task-force report, the New Atlantis essay and tutorials are not entries.",
        "Read all 153 lines and judged every bullet; compared -v for all 16 entries: quoted title starts kept (80"
        " straight quotes, 145/146 curly), the prose lead-in of 143 left out, IEEE Computer magazine article 114"
        " counted, ids arXiv 90 and DOIs 112/144/146 from the URLs, no id from PMC/PubMed/JSTOR/CSDL/PDF links.",
    )


if __name__ == "__main__":
    main()
