"""Wild51 truth for millawell/bias-ml-dh ``bibliographie.md``: a German digital-humanities group's working
bibliography on bias in machine learning (Berlin, 2020), newest commit (6f3ec8a, 2020-03-02).  The references are
English papers, but the list is written the German way: author lists joined with ``und``, a ``[letzter Zugriff 27.
September 2019]`` access note, and the file name ``bibliographie``.

Shape: 35 lines, 4.5 KB, four ``#`` headings (``Defining and detecting Bias`` 1, ``Mitigating Bias`` 13, ``1800`` 29,
``Data`` 32), each over a ``* `` bullet list with no blank line between bullets.  The bullets mix shapes:
- author-year references ``Surname, Given und Given Surname (2018): Title. Venue.`` (3, 5-9, 15-16, 18, 20-22, 27-28,
  33), one with ``(2018). Title.`` (17);
- ``Authors. Title (2018): arXiv preprint ...`` with the year after the title (19);
- ``Authors. Title. https://arxiv.org/abs/...`` (2);
- a quoted Google-Scholar style reference ``Suresh, Harini, and John V. Guttag. "Title." arXiv preprint ...`` (4);
- a bare linked title ``[Title](url)`` (14) and ``Authors.[Title](url)`` with no space before the link (30);
- ``(Forthcoming 2020): Title, Journal 81.1. preprint: <url without scheme> [letzter Zugriff ...]`` (31), the title
  ending at a comma;
- a bare PDF URL with no text (11, ``algorithmicBias-cacm2016.pdf``, a CACM 2016 article);
- two references wrapped onto a second line (23-24, 25-26; in 25-26 the whole title is on the second line).

Special cases:
- 5 and 16 are the same paper (Caliskan et al. 2017, "Semantics derived automatically ...") in two sections, written
  differently; two entries.
- 10 ``[The Meaning and Measurement of Bias](https://azjacobs.com/measurement)`` is the page of a FAT* 2020 tutorial
  (Jacobs, Blodgett, Barocas, Daumé, Wallach), not a paper: not an entry.
- 34 ``racial or sexist labelled tweets`` and 35 ``sentiment tweets german`` are data sets (GitHub / web links): not
  entries.
- 11, the bare CACM PDF link: an entry with no title (None).
- Titles keep their case and punctuation as written (``What are the biases in my word embedding?`` 9, ``Man is to
  computer programmer as woman is to homemaker? debiasing word embeddings`` 15, lower-case ``debiasing``).

Decisions:
- Entry = each ``* `` bullet naming a paper (with its wrapped continuation line), 25 in all; title = the title part
  as written: after ``(YEAR):``/``(YEAR).`` up to the first ``. `` (or ``, `` for 31), the quoted text for 4, the link
  text for 14 and 30, the sentence after the authors for 2 and 19.  A trailing period is not title text.
- Not entries: headings, the tutorial page 10, the two data-set bullets 34-35.
- Ids: arXiv from ``arxiv.org/abs`` links (2, 30) and ``arXiv:NNNN.NNNNN`` mentions (4, 17, 19-21, 24, 26, 28, 33); DOI
  from the ACM link 14.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "millawell__bias-ml-dh__bibliographie@6f3ec8a.md"
PART = "wild51_development"

BULLET = re.compile(r"^\* (?P<text>.*)$")
HEADING = re.compile(r"^# \S")
LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
YEAR_COLON = re.compile(r"\((?:Forthcoming )?\d{4}\)[:.] (?P<rest>.+)$")
QUOTED = re.compile(r'"(?P<title>[^"]+?)\.?"')
NOT_PAPERS = {10: "tutorial page", 34: "data set", 35: "data set"}


def title_of(n: int, text: str) -> str | None:
    """The title of the bullet starting on line n (text = the bullet with its continuation line joined)."""
    if text.startswith("http"):
        return None  # 11: a bare PDF link
    m = LINK.search(text)
    if m:
        return m.group("title")  # 14, 30
    m = QUOTED.search(text)
    if m:
        return m.group("title")  # 4
    if n == 2:  # "Authors. Title. url"
        return re.search(r"Wallach\. (?P<t>.+?)\. https", text).group("t")
    if n == 19:  # "Authors. Title (2018): arXiv ..."
        return re.search(r"A\. Datta\. (?P<t>.+?) \(2018\)", text).group("t")
    m = YEAR_COLON.search(text)
    assert m, (n, text)
    rest = m.group("rest")
    if n == 31:  # "Title, Journal 81.1. preprint: ..."
        return rest.split(", ")[0]
    return rest.split(". ")[0].removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Defining and detecting Bias"
    bullets: list[list[int]] = []
    for n, ln in enumerate(lines, 1):
        if BULLET.match(ln):
            bullets.append([n, n])
        elif ln.strip() and not HEADING.match(ln):
            assert bullets and bullets[-1][1] == n - 1, (n, ln)
            bullets[-1][1] = n  # wrapped continuation (24, 26)
    papers = []
    for first, last in bullets:
        if first in NOT_PAPERS:
            continue
        text = " ".join(lines[i - 1].strip() for i in range(first, last + 1))
        text = BULLET.match(text).group("text")
        title = title_of(first, text)
        assert title is None or not re.search(r"[\[\]*`]|https?:", title), (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(bullets) == 28, len(bullets)
    t = {p["line"]: p for p in papers}
    assert (t[2]["title"], t[2]["arxiv"]) == ("Measurement and Fairness", "1912.05511"), t[2]
    assert t[4]["title"] == "A framework for understanding unintended consequences of machine learning", t[4]
    assert t[5]["title"] == t[16]["title"] == "Semantics derived automatically from language corpora contain human-like biases"
    assert t[9]["title"] == "What are the biases in my word embedding?", t[9]
    assert t[11]["title"] is None, t[11]
    assert t[14]["doi"] == "10.1145/3351095.3372837", t[14]
    assert t[17]["title"] == "Adversarial removal of demographic attributes from text data", t[17]
    assert t[19]["title"] == "Gender bias in neural natural language processing", t[19]
    assert (t[23]["end"], t[23]["arxiv"]) == (24, "1808.07231"), t[23]
    assert t[25]["title"] == "Mitigating gender bias in natural language processing: Literature review", t[25]
    assert t[30]["title"] == "Lessons from Archives: Strategies for Collecting Sociocultural Data in Machine Learning"
    assert t[31]["title"] == "Why You Can’t Model Away Bias", t[31]
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet naming a paper (a wrapped second line joined, 23-24 and 25-26) is an entry (25); title ="
        " the title part as written: after '(YEAR):' / '(YEAR).' up to the first '. ' (to the first ', ' in 31), the"
        " quoted text in 4, the link text in 14/30, the sentence after the authors in 2 and 19; the bare CACM PDF link"
        " 11 has no title (None); the FAT* tutorial page 10 and the two data-set bullets 34-35 are not entries; the"
        " Caliskan et al. paper in 5 and 16 counts twice.",
        "Read all 35 lines; compared -v for every one of the 25 entries against its line: titles cut before the venue"
        " ('Science 356.', 'Conference of the NAACL.', 'arXiv preprint'), '?' kept in 9 and 15, the year-after-title"
        " shape 19, the comma-ended title 31, the two wrapped references (23-24 arXiv on the second line; 25-26 title on"
        " the second line); arXiv ids from abs links 2/30 and 'arXiv:' mentions, DOI from the ACM link 14.",
    )


if __name__ == "__main__":
    main()
