"""Open truth for zjunlp/KnowledgeEditingPapers: '1. **Title**. (Venue) <br />' then authors and
'[[paper](url)] [[code](url)]' on the next lines (numbered or not)."""
import re

from _open import Open

NAME = "zjunlp__KnowledgeEditingPapers__README@715814c.md"


def main() -> None:
    t = Open(NAME)
    first = next(i for i, x in enumerate(t.lines, 1) if x.startswith("### Surveys"))
    last = next(i for i, x in enumerate(t.lines, 1) if x.startswith("## 🧰 Resources"))
    starts = [i for i in range(first, last) if re.match(r"\s*(?:\d+\.\s+)?\*\*", t.line(i))]
    for k, i in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else last
        end = i
        for j in range(i + 1, stop):
            if t.line(j).startswith("#") or not t.line(j).strip():
                break
            end = j
        title = re.match(r"\s*(?:\d+\.\s+)?\*\*(.+?)\*\*", t.span(i, end), re.DOTALL).group(1)
        title = re.sub(r",\s*(?:EMNLP|ACL|NAACL|ICLR|AAAI)\s+\d{4}.*$", "", title)  # a venue inside the bold
        t.add(i, end, title)
    t.write("every '**Title**' record (numbered or not) from Surveys to the end of Analysis is an entry, running"
            " over its author and link lines, title = the bold text (a venue written inside it dropped); the two"
            " AAAI/AACL tutorials are talks; the benchmark table names datasets (some linked to their papers) and"
            " is not read as entries; tools and the list's own citation are not entries",
            "the 15-entry sample, the record spans (blank-line and no-blank-line separated), every bold title"
            " with a comma-venue, the first and last record of each section")


if __name__ == "__main__":
    main()
