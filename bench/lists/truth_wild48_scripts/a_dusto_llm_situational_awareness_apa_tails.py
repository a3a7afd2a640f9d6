"""Wild48 truth for Dusto-AI/llm-situational-awareness-paper-list README.md: a thesis student's generated
bibliography of papers on situational awareness in large language models (human-factors SA, evaluation awareness,
introspection, agent memory, drift), newest commit (a069863, 2026-06-05).  The README is generated from
``papers.yaml`` by a script in the repository.

Shape: 238 lines, 31 KB.  Title and about prose (1-23), a contents list of the 12 categories with counts (26-39),
then 12 ``##`` sections (41-221) of one-line APA-like bullets: ``- **Author, A., et al. (2025).** Title. *Venue*,
vol(issue), pages. [[link]](url)``.  Variants: authors in full-name form (``**Elija Perrier, Michael Timothy Bennett
(2025).**``), ``(n.d.)`` and ``(various)`` years, no venue at all (``Title. [[link]](...)``), a plain-text
affiliation or venue after the title instead of an italic venue (``Why Language Models Hallucinate. OpenAI.``,
``... ICLR 2026 Workshop.``, ``... Armstrong Laboratory Technical Report.``, ``... (MindGames).``), italic venue
followed by more plain text (``*NeurIPS 2023*. arXiv:2307.01850.``, ``*arXiv preprint ...*. ICML 2024.``).  A footer
line ``*This list contains 146 entries across 12 categories.*`` (223), then Contributing / License.

Special cases:
- Not research works, so not entries: 48 the book *Distributed Situation Awareness: Theory, Measurement and
  Application to Teamwork* (Ashgate, italic title), 81 Cotra's AI Alignment Forum post (LessWrong link), 98 the AI
  Digest blog post "What did we learn from the AI Village in 2025?".  Kept: the tech report 54, the book chapter 55
  (AGARD proceedings, Routledge DOI), the Microsoft white paper 104, the UK AISI research report 197, the SSRN paper
  176.  So 146 bullets give 143 entries.
- Titles that are questions end the title at ``?`` (67, 118 ``(How) Do Language Models Track State?``, 105
  ``Wait, Wait, Wait... Why Do Reasoning Models Loop?`` before the affiliation ``MIT/Microsoft.``).
- Trailing affiliation / venue text after the title is dropped (CMU/IBM, Anthropic, Google DeepMind, Microsoft,
  MIT/Microsoft, Princeton, Georgia Tech, Stanford, UIUC/Microsoft, Alibaba, OpenAI, Cohere, MIT, NUS, UK AISI, CMU,
  ACL 2025, ICLR 2025/2026, ICLR 2026 Workshop, Armstrong Laboratory Technical Report); 153's appended nickname
  ``(MindGames)`` is a tag and dropped.
- 221 ends its title with a doubled period ``inquiry..``: both dropped.
- Ids: arXiv abs links (some with ``v1``/``v3``), ``doi.org/10.48550/arXiv.`` links (arXiv id and that DOI), real DOIs
  (doi.org, T&F ``/doi/full/``), ``arXiv:2307.01850`` text in 200 (first arXiv id in the line is the text one, the same
  paper).  PubMed, Semantic Scholar, OpenReview, ICML virtual, Microsoft CDN, AISI, SSRN, PsycNet and Edinburgh PDF
  links give none.

Decisions:
- Entry = each ``- **Authors (Year).** ...`` bullet inside the 12 category sections, except the book and the two blog
  posts (143).  Title = the text after the bold author block up to the italic venue (`` *``) or the ``[[link]]``,
  a final plain affiliation/venue segment and a ``(Nick)`` tag dropped, final periods dropped.
- Not entries: about/contents bullets, the footer count, Contributing/License.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Dusto-AI__llm-situational-awareness-paper-list__README@a069863.md"
PART = "wild48_development"

BULLET = re.compile(r"^- \*\*(?P<who>.+?)\*\* (?P<rest>.+)$")
LINK = re.compile(r"\s*\[\[link\]\]\([^)]*\)$")
TAILS = (
    "CMU/IBM", "Armstrong Laboratory Technical Report", "ICLR 2026 Workshop", "Anthropic", "Google DeepMind",
    "Microsoft", "MIT/Microsoft", "Princeton", "Georgia Tech", "ACL 2025", "Stanford", "ICLR 2026", "(MindGames)",
    "UIUC/Microsoft", "Alibaba", "ICLR 2025", "OpenAI", "Cohere", "MIT", "NUS", "UK AISI", "CMU",
)
NOT_PAPERS = {48: "book", 81: "AI Alignment Forum post", 98: "blog post"}


def title_of(rest: str) -> str:
    """The title: venue, link and a trailing affiliation/venue/nickname segment removed."""
    rest = LINK.sub("", rest)
    rest = rest.split(" *", 1)[0].strip()
    for tail in TAILS:
        for sep in (". ", "? "):
            if rest.endswith(sep + tail + "."):
                rest = rest[: -len(tail) - 2].rstrip() if sep == "? " else rest[: -len(tail) - 3]
                break
    return rest.rstrip(".").strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# LLM Situational Awareness — Paper List"
    first = lines.index("## Foundational SA and Human Factors") + 1
    last = next(n for n, ln in enumerate(lines, 1) if ln.startswith("*This list contains"))
    papers = []
    bullets = 0
    skipped = []
    for n in range(first, last):
        ln = lines[n - 1]
        if not ln.startswith("- "):
            assert not ln.strip() or ln.startswith("## "), (n, ln)
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        bullets += 1
        if n in NOT_PAPERS:
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, title_of(m.group("rest"))))
    assert bullets == 146 and sorted(skipped) == sorted(NOT_PAPERS), (bullets, skipped)
    t = {p["line"]: p for p in papers}
    assert t[46]["title"] == "Deciding Fast and Slow: The Role of Cognitive Biases in AI-assisted Decision-making"
    assert t[53]["title"].endswith("Ever Get into That Mode? Mode Error and Awareness in Supervisory Control"), t[53]
    assert t[54]["title"] == "Situational Awareness: Papers and Annotated Bibliography", t[54]
    assert (t[67]["title"], t[67]["arxiv"], t[67]["doi"]) == (
        "How to evaluate control measures for LLM agents?", "2504.05259", "10.48550/arxiv.2504.05259"), t[67]
    assert t[63]["title"].endswith("Mechanistic Pathway to Situational Awareness"), t[63]
    assert t[105]["title"] == "Wait, Wait, Wait... Why Do Reasoning Models Loop?", t[105]
    assert t[118]["title"] == "(How) Do Language Models Track State?", t[118]
    assert t[153]["title"].endswith("Evidence from MindGames: a Multi-Step Persuasion Task"), t[153]
    assert t[175]["title"] == "Why Language Models Hallucinate" and t[177]["title"].endswith("Reasoning"), t[175]
    assert (t[200]["title"], t[200]["arxiv"]) == ("Self-Consuming Generative Models Go MAD", "2307.01850"), t[200]
    assert t[221]["title"].endswith("cognitive–developmental inquiry"), t[221]
    assert t[45]["doi"] == "10.1080/10447318.2022.2093863" and t[43]["doi"] is None, (t[45], t[43])
    assert all(not re.search(r"[*\[\]]", p["title"]) for p in papers)
    assert len(papers) == 143, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each APA-like bullet '- **Authors (Year).** Title. *Venue* ... [[link]](url)' in the 12 category sections"
        " (43-221) is an entry, except the Ashgate book (48), Cotra's AI Alignment Forum post (81) and the AI Digest"
        " blog post (98): 143 of 146 bullets.  Title = text after the bold author block up to the italic venue or the"
        " [[link]], with a trailing plain affiliation/venue segment (OpenAI, Anthropic, MIT/Microsoft, ICLR 2025,"
        " Armstrong Laboratory Technical Report, ...) and the '(MindGames)' tag dropped and final periods removed;"
        " question titles keep their '?'.  About/contents bullets, the footer count and Contributing/License are not"
        " entries.",
        "Read the whole file; compared -v for all 143 entries: trailing-segment removal on the 22 lines with a plain"
        " tail (46, 54, 63, 72, 91, 104, 105, 111, 117, 126, 141, 147, 152, 153, 160, 161, 164, 166, 175-178, 186,"
        " 197, 198), titles with inner '. '/'? ' kept whole (53, 60, 102, 127, 133, 136, 162, 206), full-name author"
        " blocks, (n.d.)/(various) years, 221's doubled period, the three skipped non-papers, ids (arXiv abs, 10.48550"
        " DOIs, journal DOIs, arXiv: text on 200, none for PubMed/S2/OpenReview/ICML/CDN/AISI/SSRN/PsycNet links).",
    )


if __name__ == "__main__":
    main()
