"""Wild55 truth for qingsongedu/time-series-transformers-review README.md: "Transformers in Time Series", the awesome
list accompanying the IJCAI'23 survey "Transformers in Time Series: A Survey", newest commit (72094e6, 2024-04-06).

Shape: 161 lines.  Badges (3-7), intro paragraphs, ``## Survey paper`` (21) with the survey as a bold link
``[**Transformers in Time Series: A Survey**](arxiv) (IJCAI'23 Survey Track)`` (23), its authors (25) and a fenced
BibTeX block of the same paper (29-36); an image; then the surveyed papers grouped by application under
``### Transformers in Forecasting`` (47: ``#### Time Series Forecasting`` 48, `` #### Spatio-Temporal Forecasting``
79, `` #### Event Irregular Time Series Modeling`` 87), ``### Transformers in Anomaly Detection`` (97),
``### Transformers in Classification`` (109), ``## Time Series Related Survey`` (122) and ``## Transformer/Attention
Tutorial/Survey in Other Disciplines`` (140).  Every item is a star bullet ``* Title, in *Venue* Year.
[\\[paper\\]](url) [\\[official code\\]](url)``.

Special cases:
- Four items separate title and venue with a full-width comma ``，in`` (88, 89, 90, 98).
- 62 ends its title with a stray closing quote: ``...Time Series Forecasting”, in *KDD* 2022``; the quote is dropped.
- Venues in underscores (``in _arXiv_ 2021``, ``_AI Open_``) as well as asterisks; 73 ends its venue with a comma.
- 46 is a stray empty ``[\\[official code\\]]()`` line; 137 points to another repository; 141-142 are tutorials
  (AAAI 2023, ICASSP 2022) with a ``[\\[link\\]]`` to tutorial websites: none of these are papers.
- 143 gives two ``[\\[paper\\]]`` links for one paper (ACM DOI and arXiv): one entry with both ids.
- Some paper links are empty ``[\\[paper\\]]()`` (54, 55); 135 links to an arXiv mirror by IP address
  (``http://128.84.4.34/abs/2009.11732``); the helper misses it, so the script sets arXiv 2009.11732 by hand.
- The same paper can be listed twice (ContiFormer 57 and 89, "Time Series as Images" 88 and 110): separate entries.

Decisions:
- Entry = every star bullet that cites a paper (the 3 lines named above are not), plus the survey itself at 23-25
  (title in the bold link) and its BibTeX block 30-35 (title from ``title={...}``): the same paper, two entries.
- Title = the bullet text before ``, in`` / ``，in`` (the last one before the venue), stray closing quote dropped.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "qingsongedu__time-series-transformers-review__README@72094e6.md"
PART = "wild55_development"

ITEM = re.compile(r"^\* (?P<title>.+?)\s*[,，]\s*in [*_]")
NOT_PAPERS = {137, 141, 142}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[22].startswith("[**Transformers in Time Series: A Survey**]"), lines[22]
    papers = [entry(lines, 23, 25, "Transformers in Time Series: A Survey")]
    assert lines[30] == "  title={Transformers in time series: A survey},", lines[30]
    papers.append(entry(lines, 30, 35, "Transformers in time series: A survey"))
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = ITEM.match(ln)
        if n in NOT_PAPERS:
            skipped.append(n)
            continue
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").rstrip("”\"")))
    assert skipped == sorted(NOT_PAPERS), skipped
    by = {p["line"]: p for p in papers}
    assert lines[134].endswith("(http://128.84.4.34/abs/2009.11732)") and by[135]["arxiv"] is None, by[135]
    by[135]["arxiv"] = "2009.11732"  # an arXiv mirror by IP address: set by hand
    assert by[23]["arxiv"] == "2202.07125", by[23]
    assert by[49]["title"] == "CARD: Channel Aligned Robust Blend Transformer for Time Series Forecasting", by[49]
    assert by[62]["title"] == (
        "Learning to Rotate: Quaternion Transformer for Complicated Periodical Time Series Forecasting"), by[62]
    assert by[62]["doi"] == "10.1145/3534678.3539234", by[62]
    assert by[88]["title"] == "Time Series as Images: Vision Transformer for Irregularly Sampled Time Series", by[88]
    assert (by[143]["arxiv"], by[143]["doi"]) == ("2009.06732", "10.1145/3530811"), by[143]
    assert by[148]["title"] == "Survey: Transformer based video-language pre-training", by[148]
    assert len(papers) == 93, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every star bullet '* Title, in *Venue* Year. [\\[paper\\]](url) ...' of the application, related-survey and"
        " other-disciplines sections is an entry, except the pointer to another repo (137) and the two tutorials"
        " (141-142); the survey itself is an entry twice, as the bold link 23-25 and as its BibTeX block 30-35."
        "  Title = the text before ', in' or the full-width '，in', a stray closing quote dropped.",
        "Read the -v output against the file for all 93 entries: the full-width commas (88-90, 98), the stray quote"
        " at 62, underscore venues, the empty paper links, the double link at 143 (DOI + arXiv), the IP-address"
        " arXiv mirror at 135, the repeated papers (57/89, 88/110), and that 46, 137, 141, 142 are left out.",
    )


if __name__ == "__main__":
    main()
