"""Wild44 truth for shirdrn/raft-algo-paper-cn chapter13.md: the reference list ("## 参考") of a Chinese
translation of the Raft paper (Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm"), copied
out of the PDF: distributed-systems and storage papers (Paxos, Chubby, Spanner, ZooKeeper, GFS, LSM-tree, ...).

Shape (84 lines): one heading, then 39 numbered references ``\\[n\\] AUTHORS. Title. Venue...`` (the brackets and
the parentheses of years are Markdown-escaped), one paragraph each with a blank line between.  The text carries the
PDF extraction damage: words run together (``InProc.``, ``,ANDLI, P.``, ``GRAY,C.,ANDCHERITON,D.Leases:An
efficientfault- tolerant``), letter-spaced names (``LA M P O RT, L .``, ``SC H N E I D E R, F. B .``), hyphenation
kept across the old line break (``loosely- coupled``, ``sys- tems``, ``replica- tion``), no space between the title
and the journal (``...concurrent objects.ACM Trans- actions``).  Reference 25 is split over two paragraphs (51 and
53, blank line 52 between): its title runs ``...state machines for`` / ``WANs``.  Upper-case author-first style
throughout; no DOI, no arXiv id; three references carry a URL (23, 26, 31) and two more a bare or linked address
(28, 34).

Decisions:
- Entries (34): every reference naming a scholarly work -- conference and journal papers, tech reports (13, 18, 22,
  39), the PhD thesis 31, Lampson's chapter in Distributed Algorithms (WDAG '96, 20) and Mazieres' web-only paper
  "Paxos made practical" (26).
- Not entries (5): 17 Lamport's book "Specifying Systems", 23 "LogCabin source code" (code), 28 "Raft user study"
  (a web page of study material), 34 "Raft consensus algorithm website", 35 "REED, B. Personal communications".
- Span: the reference's paragraph (51-53 for 25, the blank line inside the span).
- Title: the text between the author block and the venue, as the file writes it, PDF damage kept (``Leases:Anefficient
  fault- tolerant mechanism ...``, ``TLA+proofs``, ``Zab: High-performance broadcast for primary-backup sys- tems``),
  Markdown escapes removed (``\\(LSM-tree\\)`` -> ``(LSM-tree)``), the separating '.' dropped.  The PDF damage makes a
  regex split of author block / title / venue unreliable, so the titles are listed by reference number below and
  the script asserts that each occurs in its reference's text right after the author block (and before the venue).
- Ids: none in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "shirdrn__raft-algo-paper-cn__chapter13@a074a2c.md"
PART = "wild44_development"

REF = re.compile(r"^\\\[(\d+)\\\] (.*)$")
NOT_PAPERS = {17: "Specifying Systems", 23: "LogCabin source code", 28: "Raft user study",
              34: "Raft consensus algorithm website", 35: "Personal communications"}
TITLES = {
    1: "Paxos replicated state machines as the basis of a high-performance data store",
    2: "The Chubby lock service for loosely- coupled distributed systems",
    3: "Multicoordinated Paxos",
    4: "Paxos made live: an engineering perspective",
    5: "Bigtable: a distributed storage system for structured data",
    6: "Spanner: Google’s globally-distributed database",
    7: "TLA+proofs",
    8: "The Google file system",
    9: "Leases:Anefficientfault- tolerant mechanism for distributed file cache consistency",
    10: "Linearizability: a correctness condition for concurrent objects",
    11: "ZooKeeper: wait-free coordination for internet-scale systems",
    12: "Zab: High-performance broadcast for primary-backup sys- tems",
    13: "Paxos for system builders",
    14: "Time, clocks, and the ordering of events in a distributed system",
    15: "The part-time parliament",
    16: "Paxos made simple",
    18: "Generalized consensus and Paxos",
    19: "Fast paxos",
    20: "How to build a highly available system using consensus",
    21: "The ABCD’s of Paxos",
    22: "Viewstamped replica- tion revisited",
    24: "The SMART way to migrate replicated stateful services",
    25: "Mencius: building efficient replicated state machines for WANs",
    26: "Paxos made practical",
    27: "There is more consensus in egalitarian parliaments",
    29: "Viewstamped replication: A new primary copy method to support highly-available distributed systems",
    30: "The log-structured merge-tree (LSM-tree)",
    31: "Consensus: Bridging Theory and Practice",
    32: "In search of an understandable consensus algorithm",
    33: "The case for RAMCloud",
    36: "The design and implementation of a log-structured file system",
    37: "Implementing fault-tolerant services using the state machine approach: a tutorial",
    38: "The Hadoop distributed file system",
    39: "Paxos made moderately complex",
}
# what may stand between the author block and the title: names in capitals, initials, commas, 'AND', spaces
AUTHORS = re.compile(r"^[A-Z’'`\\\-., ]*(?:AND[A-Z’'\-., ]*)*$")


def main() -> None:
    lines = read_lines(NAME)
    refs = []  # (number, first line, last line)
    for n, ln in enumerate(lines, 1):
        m = REF.match(ln)
        if m:
            refs.append([int(m.group(1)), n, n])
        elif ln.strip() and n > 1:
            assert refs and refs[-1][0] == 25 and ln.startswith("WANs."), (n, ln)  # the one split reference
            refs[-1][2] = n
    assert [r[0] for r in refs] == list(range(1, 40)), refs
    papers = []
    for num, first, last in refs:
        text = re.sub(r"\s+", " ", "\n".join(lines[first - 1:last]))
        body = REF.match(text).group(2).replace("\\", "")
        if num in NOT_PAPERS:
            assert NOT_PAPERS[num] in body and num not in TITLES, (num, body)
            continue
        title = TITLES[num]
        at = body.find(title)
        assert at >= 0, (num, title, body)
        assert AUTHORS.match(body[:at]), (num, body[:at])  # only the author block precedes the title
        assert body[at + len(title)] in ".", (num, body[at + len(title):])
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered reference '\\[n\\] AUTHORS. Title. Venue' naming a scholarly work is one entry (34: papers,"
        " tech reports, a PhD thesis, a book chapter, a web-only paper); title = the text between the author block"
        " and the venue as the file writes it (PDF damage such as run-together words and 'sys- tems' kept, escapes"
        " removed); the book 17, the source code 23, the user-study page 28, the website 34 and the personal"
        " communication 35 are not entries; reference 25 spans 51-53; no ids.",
        "Script asserts all 39 references are found in order, that only 53 continues a reference, that each listed"
        " title follows nothing but the author block and is followed by '.', and that the five left-out references"
        " are the non-papers; all 34 -v lines compared by eye with the file (the damaged ones 2, 7, 9, 10, 12, 14,"
        " 15, 19, 22, 25, 31, 37 checked character by character).",
    )


if __name__ == "__main__":
    main()
