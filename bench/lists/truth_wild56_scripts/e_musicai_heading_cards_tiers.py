"""Wild56 truth for mclemcrew/music-ai-reading-group similar-papers.md: a reading-group planning note ("Papers Similar
to FlueBricks / RealJam / Ghost in the Keys") listing candidate papers for the next session of a music co-creative AI
reading group.  The file exists only on the branch ``aria-example``, in its one commit 311c8bd (2026-04-14), which is
therefore the newest commit touching it.

Shape: 133 lines.  Title (1), a session-theme line (3), then four tier sections ``## Tier 1 — Closest Matches ...``
(7), ``## Tier 2 ...`` (45), ``## Tier 3 ...`` (81), ``## Bonus — Robots & Embodiment`` (112), separated by ``---``.
Each paper is a card: a heading ``### N. Title`` followed by bullets ``- **Authors:** ...`` (missing on 5, 8, 9, 10,
13, 16), ``- **Venue:** ...``, ``- **Link:** [arXiv:2508.04651](https://arxiv.org/abs/2508.04651)`` (or ``[ACM](...)``,
``[Frontiers](...)``, ``[NIME proceedings](...)``, ``[MIT](...)``), ``- **Summary:** ...`` and mostly ``- **Why it
fits:** ...`` (not on 15, 16).  Cards are numbered 1-16 across the tiers.  Finally ``## Top Picks for Next Session``
(127) with a numbered list ``1. **Live Music Models (#1)** — ...`` (131-133) pointing back at cards 1, 3 and 4.

Special cases:
- The headings carry the paper's full title, sometimes with a subtitle (``### 2. Esteso: Interactive AI Music Duet
  Based on ...``); title = the heading text after ``N. ``.
- 9 ``### 1. Live Music Models (Magenta RealTime)``: the parenthesis names the system (the paper's title is "Live
  Music Models"); like a gloss it is not part of the title.
- 54 ``### 7. Hookpad Aria: A Copilot for Songwriters`` is an ISMIR late-breaking demo paper with an arXiv id: an
  entry.  47 (Amuse) has an extra ``| [GitHub](...)`` link: not a separate entry.
- The Top Picks items (131-133) re-name cards 1, 3, 4 by short names: back-references, not entries.
- Ids come from the Link bullets: arXiv ids on 1, 4, 6, 7, 8, 10, 11, 12, 14, 15 (e.g. 2508.04651, 2512.02652); DOIs
  from ACM URLs (5 ``10.1145/3706598.3713894``, 9 ``10.1145/3706599.3720052``) and Frontiers URLs (13, 16).

Decisions:
- Entry = each ``### N. `` card, spanning from the heading to its last bullet line: 16 entries.
- Title = heading text after the number, without 1's trailing ``(Magenta RealTime)``.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "mclemcrew__music-ai-reading-group__similar-papers@311c8bd.md"
PART = "wild56_development"

CARD = re.compile(r"^### (?P<num>\d+)\. (?P<title>.+)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        title = m.group("title").strip().removesuffix(" (Magenta RealTime)")
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            if lines[k].startswith("- **"):
                last = k + 1
            elif lines[k].strip():
                break
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [9, 16, 23, 30, 37, 47, 54, 61, 67, 73, 83, 90, 97, 103, 114, 120], sorted(by)
    assert by[9]["title"] == "Live Music Models", by[9]
    assert (by[9]["end"], by[9]["arxiv"]) == (14, "2508.04651"), by[9]
    assert by[16]["title"] == (
        "Esteso: Interactive AI Music Duet Based on Player-Idiosyncratic Extended Double Bass Techniques"
    ), by[16]
    assert by[37]["doi"] == "10.1145/3706598.3713894", by[37]
    assert by[37]["end"] == 41, by[37]
    assert by[54]["title"] == "Hookpad Aria: A Copilot for Songwriters", by[54]
    assert by[67]["title"] == "AI See, You See: Human-AI Musical Collaboration in Augmented Reality", by[67]
    assert by[103]["arxiv"] == "2512.02652", by[103]
    assert (by[114]["end"], by[114]["arxiv"]) == (118, "2503.15481"), by[114]
    assert by[120]["end"] == 123, by[120]
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '### N. Title' card heading is an entry, spanning through its '- **Authors/Venue/Link/Summary/Why"
        " it fits:**' bullets.  Title = the heading text after 'N. ' (for card 1 without the system name '(Magenta"
        " RealTime)').  The 'Top Picks for Next Session' list re-names cards 1, 3, 4 and is not entries; extra GitHub"
        " links are not entries.",
        checked="Read the whole file and compared the -v output for all 16 cards: titles with subtitles, card 1's"
        " parenthesis dropped, spans ending at the last bullet (Why it fits or Summary), arXiv ids and ACM/Frontiers"
        " DOIs from the Link bullets, and that 131-133 are not entries.",
    )


if __name__ == "__main__":
    main()
