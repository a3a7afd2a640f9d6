"""Wild45 truth for JATOS/JATOS_docs docs/Overview/Papers-Citing-JATOS.md: the curated bibliography of
peer-reviewed papers whose data were collected with JATOS (Just Another Tool for Online Studies), kept in the tool's
Docusaurus documentation -- mostly cognitive psychology, psycholinguistics, attention and memory research.

Shape (793 lines): YAML front matter (1-5), three intro paragraphs (7-11; the "cite us" link at 9 points at the JATOS
paper itself -- boilerplate, not an entry), then ``### 2026`` .. ``### 2017`` year headings (two with a trailing space,
``### 2022 ``, ``### 2017 ``) and one paragraph per paper, separated by blank lines.  The usual record is loosely APA:
``Authors (Year). Title. *Journal*. [DOI](https://doi.org/...)``, written by many hands, so it varies: the year with
or without a dot after it, ``(2024 )`` (366), a typo ``(203)`` (482), the year misplaced inside the author list
(569 ``Hofmann, P., (2022) Jansen, P. Psychological ...``) or after the title (666, 670) or after the journal
(668, 771 ``*Motiv Emot* (2022).``), no year at all (121, 147, 235, 245, 356, 422, 514, 516, 638, 648); the journal
italic or plain (25, 320, 488, 510, 702, 704, 775 -- the title then ends at the first full stop or comma before the
venue), the title without a closing full stop (344, 599, 607, 609, 634, 650, 652, 700, 720), the title in straight
quotes (648), a misplaced italic marker (595 ``M*ultisensory Research*``), a chapter in an edited volume (763
``In: Karpov A., Potapova R. (eds) Speech and Computer ...``, 791 ``In M. Alcañiz, ... (Eds.), *Serious Games*``), a
record wrapped over two lines (611-612), a leading space (249), a German title (666), an English title followed by
the paper's Japanese title (738), an italic Latin phrase in a title (79 ``_Ab initio_``), ``EXPRESS:`` prefixes of
SAGE accepted manuscripts kept as written (272, 338, 448, 476, 708), the link text ``[DO]`` for one DOI (31).  Several
papers are listed twice (29/31, 37/43, 221/231, 426/452, 561/656, 714/728, 740/759, 746/752): the repeats are
separate entries.

Decisions:
- Entries (380): every paragraph under a year heading (611-612 is one record); each is one paper (journal articles,
  a few conference papers and proceedings abstracts, two book chapters).
- Title: the text after the year marker ``(YYYY)`` up to the first ``*`` (the italic journal), trailing separators
  dropped; for the records listed in ``OVERRIDE`` (no year, misplaced year, plain-text venue, quotes, the misplaced
  italic, the chapters, the Japanese title, and 720 whose venue follows the title without punctuation) the title is
  given as the record writes it.  For 738 the English title is taken and the Japanese title after it is left out (the
  record gives both; the English one comes first).
- Ids: from the record's lines (every record but a few gives a DOI link; no arXiv).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "JATOS__JATOS_docs__docs__Overview__Papers-Citing-JATOS@c131fe6.md"
PART = "wild45_development"

YEAR = re.compile(r"\((?:(?:19|20)\d\d[a-z]?|2024 |203)\)[.,:]?\s*")

OVERRIDE = {
    25: "Reverse engineering what makes a symbol memorable",
    121: "Alpha-Band Activity Tracks Reflexive Changes in the Breadth of the Zoom Lens of Attention",
    147: "Revisiting the effect of discrepant perceptual fluency on truth judgments",
    235: "Feminine fox, not so feminine box: constraints on linguistic relativity effects for grammatical and"
    " conceptual gender",
    245: "Vegetarian and sustainable food consumption behavior: Exploring the relation to explicit and implicit"
    " attitudes toward vegetarian foods and dispositional mindfulness",
    320: "Cognitive-Cognitive Dual-task in aging: A cross-sectional online study",
    356: "Work Engagement and Well-being Study (SWELL): a randomised controlled feasibility trial evaluating the effects"
    " of mindfulness versus light physical exercise at work",
    422: "Complexity Aversion in Risky Choices and Valuations: Moderators and Possible Causes",
    488: "Omertà in intragroup cheating: The role of ingroup identity in dishonesty and whistleblowing",
    510: "Attentional suppression is in place before display onset",
    514: "The Role of Valence Matching in the Truth-by-Repetition Effect",
    516: "Is visual metacognition associated with autistic traits? A regression analysis shows no link between visual"
    " metacognition and Autism-Spectrum Quotient scores",
    569: "Psychological and socio-demographic factors in the pre-decision stage for the purchase of e-cars",
    595: "Relating Sound and Sight in Simulated Environments",
    638: "Mental rotation with colored cube figures",
    648: "Equal Quality for Online and Lab Data: A Direct Comparison from Two Dual-Task Paradigms",
    666: "Akzeptierte Geschäftsprozesse gestalten und implementieren",
    668: "Sequential modulations of emotional effects on cognitive performance in young and older adults",
    670: "Novel immersive virtual reality experiences do not produce retroactive memory benefits for unrelated material",
    702: "Target–background segregation in a spatial interference paradigm reveals shared and specific attentional"
    " mechanisms triggered by gaze and arrows",
    704: "Statistical distractor learning modulates perceptual sensitivity",
    720: "Surprisingly inflexible: statistically learned suppression of distractors generalizes across contexts",
    738: "Replication of recall-based memory phenomena via an online experiment",
    763: "More than Words: Cross-Linguistic Exploration of Parkinson’s Disease Identification from Speech",
    771: "A proposal and evaluation of new timbre visualization methods for audio sample browsers",
    775: "A study comparing shape, colour and texture as visual labels in audio sample browsers",
    791: "A Novel Serious Game for Trust-Related Data Collection in Supply Chains",
}


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[*_\"]", "", text)).strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    years: dict[str, int] = {}
    year = ""
    n = 12
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if not ln.strip():
            continue
        if ln.startswith("### "):
            year = ln[4:].strip()
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("#"):
            last += 1
        text = " ".join(lines[n - 1 : last])
        if n in OVERRIDE:
            title = OVERRIDE[n]
        else:
            m = YEAR.search(text)
            rest = text[m.end() :]
            title = rest[: rest.index("*")].strip()
            assert 15 <= len(title) <= 230 and "](" not in title, (n, title)
        assert flat(title) in flat(text), (n, title)
        years[year] = years.get(year, 0) + 1
        papers.append(entry(lines, n, last, title))
        n = last
    assert years == {
        "2026": 30, "2025": 88, "2024": 68, "2023": 82, "2022": 69, "2021": 28, "2020": 7, "2019": 4, "2018": 2,
        "2017": 2,
    }, years
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(611, 612)]
    assert len(papers) == 380, len(papers)
    assert not any(p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paragraph under the year headings (2026..2017) is one paper that used JATOS (380; 611-612 one record);"
        " title = the text after '(Year)' up to the italic journal, or, for 28 irregular records (no or misplaced"
        " year, plain-text venue, quoted title, misplaced italic, chapters 'In: ... (eds)', English+Japanese title"
        " 738 -> English), the title as the record writes it; repeats counted again; ids from the record.",
        "Script asserts the year counts (30, 88, 68, 82, 69, 28, 7, 4, 2, 2), the only two-line record (611-612), a"
        " sane title length and that every title occurs in its record with markup removed; every one of the 380 -v"
        " titles was read through for cut-offs and leaked author or venue text, 20 random records compared side by side with the file (seed 45: 25, 37, 51, 85, 91, 99, 133, 137, 155, 280, 296, 308, 328, 336, 364, 446, 514, 518, 660, 687), all records flagged by a first pass -- no year, no italic venue, title"
        " without final stop, years inside titles 89/332/412/585/609, '?.' endings 318/328 -- opened and fixed"
        " by hand), plus the first and last record of each year, the eight repeated titles (29/31, 37/43, 221/231, 426/452, 561/656, 714/728, 740/759, 746/752), the typo years 366"
        " and 482, 249 (leading space), 79 (_Ab initio_), 652 (curly quotes), 738 (Japanese title left out); DOIs"
        " checked on 20 records incl. 121 (www.doi.org without scheme) and 31 ('[DO]' link text); the JATOS paper"
        " linked in the intro (9) is not an entry; no arXiv.",
    )


if __name__ == "__main__":
    main()
