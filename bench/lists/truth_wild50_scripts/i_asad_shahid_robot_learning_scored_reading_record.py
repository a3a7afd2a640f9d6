"""Wild50 truth for Asad-Shahid/Papers README.md: a robotics PhD student's "Papers Reading Record" (robot learning:
humanoids, sim-to-real, reward shaping, manipulation), each paper scored 0-5 for how well it was read, newest commit
(3414f51, 2025-04-15).

Shape: 54 lines, 4.5 KB.  ``# Papers Reading Record`` (1), a score legend (3-7: ``Scale 1 - 5``, `` 1 - Just
skimmed through``, `` 5 - Read and understood in detail``; not papers), a dash rule (9), a stray ``# Section`` (11),
then ``##`` topic headings (Human in Loop RL 13, Humanoid Learning 16, Multi-Modality 25, Sim-Real 29, Rew Shaping 35,
Multi-Agent RL 39, a placeholder-named ``## Sub-section`` 42, Transfer 48, Visual pre-training for robotic control 52)
over one-line bullets: ``- [Title](url) Venue, Year (score)`` and, for papers with notes, a trailing
``[[notes](https://github.com/Asad-Shahid/Papers/blob/main/Notes/<URL-encoded title>.md)]`` link.

Special cases:
- The paper link goes to arXiv PDFs (with or without ``.pdf``: ``arxiv.org/pdf/2103.11512`` 14), project pages
  (``humanoid-getup.github.io`` 17 ...), an IEEE stamp link (45) or a personal PDF (46).
- The notes link repeats (part of) the title URL-encoded (``Learning%20Getting-Up%20...``), sometimes shortened
  (``Smart%20Sensory%20Fusion...`` 26 for ``See, Hear, and Feel: ...``): a link of the same entry, not a title.
- Venue cells ``pre-print`` (18-20) and ``arxiv`` (36, 37, 46); score ``(0)`` for unread papers.
- Heading names with trailing spaces (``## Human in Loop RL `` 13, ``## Humanoid Learning `` 16).

Decisions:
- Entry = every ``- [`` bullet (23, one line each); title = the first link's text.
- Not entries: the legend lines, rule, headings, and the notes links (same entry).
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "Asad-Shahid__Papers__README@3414f51.md"
PART = "wild50_development"

ROW = re.compile(
    r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\) (?P<venue>[A-Za-z-]+), (?P<year>20\d\d) \((?P<score>[0-5])\)"
    r"(?: \[\[notes\]\((?P<notes>https://github\.com/Asad-Shahid/Papers/blob/main/Notes/[^)]+\.md)\)\])?$"
)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers Reading Record"
    papers = []
    notes = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert not ln.startswith(("* ", "+ ", "1.")), (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        if m.group("notes"):
            notes.append(n)
        papers.append(entry(lines, n, n, m.group("title")))
    assert notes == [14, 17, 20, 21, 22, 26, 40], notes
    t = {p["line"]: p for p in papers}
    assert t[14]["arxiv"] == "2103.11512", t[14]
    assert t[26]["title"] == "See, Hear, and Feel: Smart Sensory Fusion for Robotic Manipulation", t[26]
    assert t[26]["arxiv"] == "2212.03858", t[26]
    assert t[18]["title"] == "HoST: Learning Humanoid Standing-up Control across Diverse Postures", t[18]
    assert (t[45]["arxiv"], t[45]["doi"]) == (None, None), t[45]
    assert t[54]["title"] == "Real-World Robot Learning with Masked Visual Pre-training", t[54]
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Title](url) Venue, Year (score)' bullet is an entry (23, one line each), with or without the"
        " trailing [[notes](...)] link to the author's note file; title = the first link's text; the score legend,"
        " rule, headings (including the placeholder '# Section' and '## Sub-section') are not entries.",
        "Read all 54 lines; compared -v for all 23 bullets: titles, the notes links on 14/17/20/21/22/26/40"
        " (URL-encoded titles, not read as titles), arXiv ids from arxiv.org/pdf links with and without '.pdf'"
        " (14, 26, 31, 33, 36, 43, 44, 49, 50, 53, 54), none from project pages, the IEEE stamp link 45 or the"
        " personal PDF 46.",
    )


if __name__ == "__main__":
    main()
