"""Wild15 truth for dterei/Research-Papers Quals/Schedule.md: a PhD student's five-week quals reading schedule.

Shape: '# Week N: date' headings, each with '## Security', '## Systems' / '## OS' and '## PL'
subsections of '* ' bullets, plain text with no links at all, hard-wrapped at 80 columns (a
bullet continues on indented lines).  Security/Systems/OS bullets are references, mostly
title first ('Title, Authors[, Venue, Year].'), three author first ('Ron Rivest, Cryptography.
Handbook ...', 'Dan Wallach, Edward Felten, Understanding Java Stack Inspection, Proc. ...',
'Paxson, Bro: A System ...'), one title alone ('Exploiting Native Client').  PL bullets are
'Topic -- reading', the reading mostly textbook chapters ('revised Chapter 5', 'Chapter 8.1, ...').
Week 6 holds only '* EXAM Week'.

Entry: a bullet (or the part of a PL bullet after ' -- ') naming a paper, survey, essay,
tutorial paper or handbook chapter.  All 30 Security/Systems/OS bullets are entries (Rivest's
'Cryptography' handbook survey and Gabriel's essay 'The Rise of "Worse is Better"' included;
'Exploiting Native Client', a title alone, too).  From the PL bullets: 'Tackling the awkward
squad' (beside 'RWH Chapter 7', a book chapter, not an entry); 'Beautiful Concurrency' and 'The
Transactional Memory/Garbage Collection Analogy', two works written one after the other on one
bullet, hence two entries on the same lines; 'Tutorial on Parallel and Concurrent Programming in
Haskell'; 'Isolating JavaScript with Filters, Rewriting, and Wrappers' (after 'Sections 1-2 and
5-7 of'); 'The Design of Alice'.  Not entries: the other PL bullets (textbook chapters, course
notes, 'Section 7.3 of Haskell 98 report', 'as above...') and 'EXAM Week'.

Title: as the file writes it (typos kept: 'Fadlt Isolation'), without authors, venue or the
trailing '.'; the NaCl bullet's title is 'Native Client: A Sandbox for Portable, Untrusted x86
Native Code' -- the words 'Exploiting Native Client' run on after it are the next week's reading
pasted in, not part of this title.  No entry has an arXiv id or a DOI.

Counts: 50 '* ' bullets (grep); per '##' section (awk) Security 10, Systems 4, OS 16, PL 19 and
the exam bullet; 30 + 6 = 36 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "truth_scripts"))  # (_heldout, which _wild15 reaches too)
from _heldout import clean, tidy
from _wild15 import entry, read_lines, write_truth

NAME = "dterei__Research-Papers__Quals__Schedule@fe32410.md"
PART = "wild15_development"
LINES = read_lines(NAME)

#: first line of each entry's bullet -> its title(s), checked one by one against the file
TITLES = {
    4: ["Traps and Pitfalls: Practical Problems in System Call Interposition Based Security Tools"],
    7: ["Cryptography"],
    11: ['The Rise of "Worse is Better"'],
    12: ["Eraser: A Dynamic Data Race Detector for Multithreaded Programs"],
    14: ["Experience with Processes and Monitors in Mesa"],
    16: ["Threads cannot be implemented as a library"],
    29: ["Understanding Java Stack Inspection"],
    31: [("Dynamic Taint Analysis: Automatic Detection, Analysis, and Signature Generation of Exploit Attacks"
         " on Commodity Software")],
    36: ["Eliminating Receive Livelock in an Interrupt-Driven Kernel"],
    38: ["Practical, Transparent, Operating System Support for Superpages"],
    40: ["Memory Resource Management in VMware ESX Server"],
    41: ["Native Client: A Sandbox for Portable, Untrusted x86 Native Code"],
    48: ["Tackling the awkward squad"],
    57: ["A look back at Security Problems in the TCP/IP Protocol Suite"],
    59: ["Bro: A System for Detecting Network Intruders in Real-Time"],
    63: ["Exploiting Native Client"],
    64: ["Scheduler Activations: Effective Kernel Support for the User-Level Management of Parallelism"],
    67: ["Design and Implementation of the Second Extended Filesystem"],
    69: ["Journaling the Linux ext2fs Filesystem"],
    84: ["A survey of BGP security"],
    85: ["The Protection of Information in Computer Systems"],
    90: ["Rethink the Sync"],
    91: ["Design and Implementation of the SUN Network Filesystem"],
    92: ["Leases: An Efficient Fault-Tolerant Mechanism for Distributed File Cache Consistency"],
    94: ["Venti: a new approach to archival storage"],
    100: ["Beautiful Concurrency", "The Transactional Memory/Garbage Collection Analogy"],
    107: ["Reflections on Trusting Trust"],
    109: ["Efficient Software-Based Fadlt Isolation"],
    114: ["MapReduce: Simplified Data Processing on Large Clusters"],
    116: ["Finding a needle in Haystack: Facebook's photo storage"],
    118: ["Bringing Virtualization to the x86 Architecture with the original VMware Workstation"],
    121: ["Bugs as Deviant Behavior: A General Approach to Inferring Errors in Systems Code"],
    126: ["Tutorial on Parallel and Concurrent Programming in Haskell"],
    128: ["Isolating JavaScript with Filters, Rewriting, and Wrappers"],
    130: ["The Design of Alice"],
}


def main() -> None:
    papers = []
    bullets = 0
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("* "):
            continue
        bullets += 1
        last = i
        while last < len(LINES) and LINES[last].startswith("  ") and LINES[last].strip():
            last += 1  # indented continuation lines
        if section != "PL" or i in TITLES:
            assert i in TITLES or text == "* EXAM Week", (i, text)
        if i not in TITLES:
            continue
        own = tidy(clean(" ".join(ln.strip() for ln in LINES[i - 1:last])))
        for title in TITLES[i]:
            assert title in own, (i, title, own)  # the title is written in the bullet's own text
            papers.append(entry(LINES, i, last, title))
        per_section[section] = per_section.get(section, 0) + len(TITLES[i])
    assert bullets == 50, bullets
    assert per_section == {"Security": 10, "Systems": 4, "OS": 16, "PL": 6}, per_section
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME, PART, papers,
        "every '* ' bullet of the Security, Systems and OS sections is an entry (a paper, essay or handbook"
        " survey, title first or author first, wrapped over indented lines), and from the PL bullets the papers"
        " named after ' -- ' (one bullet naming two); title = the work's title as written, without authors,"
        " venue or the run-on 'Exploiting Native Client'; textbook chapters, notes and the exam week are not entries",
        "all 50 bullets one by one against the file (grep and awk counts per section), each title asserted to"
        " occur in its bullet's text, the author-first references (Rivest, Wallach, Paxson), the wrapped bullets'"
        " last lines, the two-title STM bullet, the PL bullets left out; the file has no links")


if __name__ == "__main__":
    main()
