"""Open truth for floodsung/Deep-Learning-Papers-Reading-Roadmap: numbered author-first references.

'**[n]** Authors. "**Title**." Venue (year). [[pdf]](url) **(note)** :star:' paragraphs, one per line.
"""
import re

from _open import Open

NAME = "floodsung__Deep-Learning-Papers-Reading-Roadmap__README@a994642.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\*\*\[(\d+)\]\*\*(.*)", text)
        if not m or "An MIT Press book" in text:
            continue  # [0] is the Deep Learning book
        end = i
        while end < len(t.lines) and t.line(end + 1).strip():
            end += 1  # one reference wraps onto a second line
        body = " ".join(t.lines[i - 1 : end])
        if "googleblog.com" in body:
            continue  # Inceptionism is a Google Research blog post
        title = re.search(r"[\"“](?:\*\*)?(.+?)(?:\*\*)?\.?[\"”]", body.split("]**", 1)[1])
        t.add(i, end, title.group(1) if title else None)
    t.write("every '**[n]** Authors. \"**Title**.\" Venue' paragraph is an entry, title = the quoted part"
            " (bold or not), a reference may wrap onto the next line; [0] (the Deep Learning book) and Inceptionism (a blog post) are not papers",
            "the first entry of every section, the 15-entry sample, every line starting '**[' counted (133, one"
            " of them the book), every entry of two lines and every title under 15 characters")


if __name__ == "__main__":
    main()
