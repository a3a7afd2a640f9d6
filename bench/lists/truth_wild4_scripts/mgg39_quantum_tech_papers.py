"""Wild4 truth for mgg39/Quantum-tech-papers README.md (commit 0854090): a physics student's
reading list on quantum technology (Hugging Face Space README, YAML front matter first).

Shape: front matter, prose and a bullet list of recurring topics (lines 1-53, no entries), then
  * lines 54-393, the full list in (roughly) alphabetical order: one '- ' bullet per item,
    'Title - Authors' (or title alone), and the bare URL on the next line, indented with spaces;
  * '## Categorized Quantum Papers' (line 396) with '### Topic' sections (to line 776) repeating
    items as '- Title' bullets (no authors) with the URL on the next line;
  * '# Notes:' with contact lines.
Irregularities kept as written: a missing URL line (78, 227 carry the URL at the end of the
bullet, 'https://arxiv.org/abs/2101.10657 or https://ieeexplore...'), 'Option Pricing ...'
(236) wrapping onto an unindented author line 237, a URL line glued to the next title
('quant-ph/9601029Multiplexed quantum repeaters', 218), a stray second URL (369) under
'The Toric Code'.

Entry: every bullet of both lists whose subject is one paper (journal/conference paper,
preprint, thesis, report, workshop position paper, review, magazine article), with its URL
line(s): 315 (329 bullets from line 54 on).  Repeats (full list vs. topic sections, and
'Energy-Efficient Superconducting Computing...' 139/143, 'Multiple Particle Interference...'
215/217 inside the full list) are separate entries.  Not entries (14):
  books: 285 and 704 'Quantum communications and cryptography' (Sergienko's book, linked as
    'Impression_Book.pdf'), 299/447 'Quantum networking' (Van Meter), 332/454 'Schrödinger's
    Web' (Dowling), 657 'Computing with Quantum Cats' - all marked '(book)' except Sergienko's;
  56 '18th Conference on the Theory of Quantum Computation, Communication and Cryptography' (a
    proceedings volume, not one work);
  273/485 'Quantum simulator enables first microscopic observation ...' (MPQ press release);
  300/653 'Quantum Optical Neural Networks (Patent Application)' (a patent);
  367/543 'The Toric Code, Paul Herringer' (student journal-club slides, Rutgers course page).

Title: in the full list, the text before the last ' - ' that introduces the authors; where the
author separator is irregular the script says it per line (SPECIAL): ' -Yuan Liu' (97, 119,
335, 345), 'Tantalate- Yi Lu' (99), ', Andrew Steane' (141, 215, 330), ', by Jonas ...' (201),
no separator at all (236 'Option Pricing using Quantum Computers Nikitas ...'), ' -Thesis by
Daniel Gottesman' (343: title 'Stabilizer Codes and Quantum Error Correction'), and titles that
contain ' - ' with no author part (291 'Quantum computing with photons - introduction to ...').
'Position paper: Green Networking Metrics - draft-cx-green-metrics' (243): title before the
draft name.  In the topic sections the bullet text is the title.  Underscored titles
('Request_Scheduling_in_Quantum_Networks', 'The_Virtual_Quantum_Optics_Laboratory') and typos
are kept.  Ids from the entry's lines (first URL first): arXiv abs/pdf links (versions dropped),
DOIs from APS/IOP/Springer/Wiley/Frontiers/Science/ACM/EPJ links that contain them.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "mgg39__Quantum-tech-papers__README@0854090.md"
PART = "wild4_development"
FIRST, CATEGORIZED, LAST = 54, 396, 776
NOT_PAPERS = {56, 273, 285, 299, 300, 332, 367, 447, 454, 485, 543, 653, 657, 704}
SPECIAL = {
    97: "Bootstrap Embedding on a Quantum Computer",
    99: "Channel Waveguides in Lithium Niobate and Lithium Tantalate",
    119: "Continued Fractions and Probability Estimations in Shor’s Algorithm: A Detailed and Self-Contained Treatise",
    141: "Error Correcting Codes in Quantum Theory",
    201: "Linear growth of quantum circuit complexity",
    215: "Multiple Particle Interference and Quantum Error Correction",
    236: "Option Pricing using Quantum Computers",
    291: "Quantum computing with photons - introduction to the circuit model, the one way quantum computer,"
         " and the fundamental principles of photonic experiments",
    330: "Scheme for reducing decoherence in quantum computer memory",
    335: "Simple Proof of Security of the BB84 Quantum Key Distribution Protocol",
    343: "Stabilizer Codes and Quantum Error Correction",
    345: "Stim: a fast stabilizer circuit simulator",
}


def items(lines):
    """(first line, last line, bullet text) for every bullet from FIRST to LAST."""
    out = []
    for i in range(FIRST, LAST + 1):
        text = lines[i - 1]
        if text.startswith("- "):
            out.append([i, i, text[2:]])
        elif text.strip().startswith("http") or (out and i == 237):
            assert out and out[-1][1] == i - 1, i
            out[-1][1] = i
        else:
            assert text.strip() == "" or text.startswith("#"), (i, text)
    return out


def main() -> None:
    lines = read_lines(NAME)
    assert lines[CATEGORIZED - 1] == "## Categorized Quantum Papers"
    assert lines[LAST] == "# Notes:"
    found = items(lines)
    assert len(found) == 329, len(found)
    papers = []
    for first, last, text in found:
        if first in NOT_PAPERS:
            continue
        text = re.sub(r" https?://\S+(?: or https?://\S+)?$", "", text.strip())
        if first in SPECIAL:
            title = SPECIAL[first]
            assert text.startswith(title), (first, text)
        elif first >= CATEGORIZED or " - " not in text:
            title = text
        else:
            title = text.rsplit(" - ", 1)[0]
        title = " ".join(title.split())
        p = entry(lines, first, last, title)
        papers.append(p)
        if "-v" in sys.argv:
            print(first, last, p["title"], p["arxiv"], p["doi"], sep=" | ")
    assert len(papers) == 315, len(papers)
    write_truth(
        NAME, PART, papers,
        "every '- ' bullet of the alphabetical full list and of the topic sections whose subject is one paper is"
        " an entry, with its URL line(s); title = bullet text before the author part (last ' - ', or the"
        " per-line irregular separator) in the full list, the whole bullet text in the topic sections; books,"
        " a proceedings volume, a press release, a patent application and journal-club slides are not entries",
        "329 bullets between lines 54 and 776 (asserted), every other line a URL, heading or blank (asserted);"
        " all 315 titles printed with -v and compared with the file by eye, every SPECIAL line checked against"
        " its bullet (asserted prefix), the 14 non-entries read one by one with their URLs; arXiv/DOI ids"
        " spot-checked (quant-ph old-style ids, the glued 9601029Multiplexed URL, inline URLs at 78/227)",
    )


if __name__ == "__main__":
    main()
