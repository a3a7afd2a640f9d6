"""Wild56 truth for UMDOER/PSYC341OER _pages/studies.md: "List of Relevant Studies", a cognitive-psychology open
educational resource (UMD PSYC341) page listing studies per course topic, newest commit touching it (aea8c63,
2021-05-05).

Shape: 114 lines, 5 KB.  Jekyll front matter (1-5), ``# List of Relevant Studies`` (6), then 13 ``## Topic`` sections
(Introduction, Methods, and History; Sensation and Perception; ...; Emotion).  Each real study is a bullet
``* [Title](url)`` on one line, bullets separated by blank or whitespace-only lines.  Unfilled slots of the page
template are bullets ``* source1`` / ``* source2`` / ``* source3`` with a nested ``  * blurb`` line.

Special cases:
- The template placeholders (10-17, 32-36, 74-75, 97-104, 112-113) name no paper: not entries.
- Whole sections are placeholders only (Introduction, Methods, and History 8-17; Cognitive Development and Aging
  95-104); others mix real links with placeholders (Attention and Consciousness, Language, Emotion).
- Link targets are publisher pages, PMC/PubMed, ResearchGate, a PDF on a university server, a PeerJ preprint and a
  CiteSeerX download (108, ``doi=10.1.1.319.7918`` is a CiteSeerX id, not a DOI: no DOI).
- DOIs inside URLs: sagepub ``doi/pdf/10.1177/...?casa_token=`` (23, 79), annualreviews (56), wiley ``doi/pdf/...``
  (64, 93), frontiersin ``articles/10.3389/...`` (70, 72, 89), psycnet ``doi=10.1037%2Fbul0000051`` (48, URL-encoded
  slash, read as 10.1037/bul0000051), Springer link ``10.1007/...`` (52, 91).
- Titles are kept exactly as the link text, typos included (23 "Ventriliquist", 54 "Systes").

Decisions:
- Entry = each ``* [Title](url)`` bullet; span = that one line.  27 entries.
- Title = the link text.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "UMDOER__PSYC341OER___pages__studies@aea8c63.md"
PART = "wild56_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*$")
PLACEHOLDER = re.compile(r"^\* source\d\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    placeholders = 0
    for n, ln in enumerate(lines, 1):
        if PLACEHOLDER.match(ln):
            placeholders += 1
            continue
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("* "), (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert placeholders == 10, placeholders
    assert len(papers) == 27, len(papers)
    assert by[21]["title"] == "Uncertainty in visual processes predicts geometrical optical illusions", by[21]
    assert by[23]["title"].startswith("The Ventriliquist Effect: Mental Imagery"), by[23]
    assert by[23]["doi"] == "10.1177/0956797617748959", by[23]
    assert by[42]["title"] == "Memory and law: what can cognitive neuroscience contribute?", by[42]
    assert by[48]["doi"] == "10.1037/bul0000051", by[48]
    assert by[56]["doi"] == "10.1146/annurev.psych.56.091103.070213", by[56]
    assert by[70]["title"] == "Language and Cognition", by[70]
    assert by[89]["title"].startswith("Leveraging the “mad genius” debate"), by[89]
    assert by[108]["title"] == "The amygdala, reward and emotion", by[108]
    assert by[108]["doi"] is None, by[108]
    assert by[110]["title"] == "Cognitive Approaches to Emotions", by[110]
    assert 10 not in by and 97 not in by and 74 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every one-line bullet '* [Title](url)' under the topic headings is an entry (27); the page-template"
        " placeholders '* source1' .. '* source3' with a nested '* blurb' (10 of them) name no paper and are not entries."
        "  Title = the link text, kept as written (typos included).  DOIs come from the URLs; the psycnet URL-encoded"
        " DOI (48) reads as 10.1037/bul0000051 and the CiteSeerX id at 108 is not a DOI.",
        checked="Read the whole file and compared the -v output for all 27 bullets: titles against the link texts,"
        " placeholders excluded section by section, DOIs from sagepub/annualreviews/wiley/frontiers/springer URLs"
        " (query strings like ?casa_token not part of the DOI), no DOI for PMC/PubMed/ResearchGate/PDF links.",
    )


if __name__ == "__main__":
    main()
