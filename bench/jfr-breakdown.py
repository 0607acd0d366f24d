#!/usr/bin/env python3
"""Where a JVM spent its CPU samples, by library: bench/jfr-breakdown.py recording.jfr [thread-name-prefix]

Each execution sample of a JFR recording (jcmd PID JFR.start settings=profile ...) is given to the category of the
frame nearest the leaf that belongs to a known library (so String.charAt called by Thymeleaf counts as Thymeleaf);
samples with no known frame count as "other (JDK, our code)". Prints percentages of all samples.
"""
import re
import subprocess
import sys
from collections import Counter

CATEGORIES = [
    ("templates (Thymeleaf, OGNL)", ("org.thymeleaf.", "ognl.", "org.attoparser.", "org.sourcewiki.web.ThymeleafRenderer")),
    ("HTML sanitizer", ("org.owasp.",)),
    ("Markdown (commonmark)", ("org.commonmark.", "org.sourcewiki.markup.")),
    ("JSON (Jackson)", ("com.fasterxml.",)),
    ("JDBC driver", ("org.postgresql.",)),
    ("Jdbi", ("org.jdbi.",)),
    ("connection pool", ("com.zaxxer.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
    ("session lookup", ("org.sourcewiki.web.Auth.", "org.sourcewiki.account.")),
    ("response cache", ("org.sourcewiki.web.ResponseCache",)),
    ("compression", ("io.javalin.compression.", "java.util.zip.")),
    ("Jetty, Javalin", ("org.eclipse.jetty.", "io.javalin.", "kotlin.")),
]


def main():
    path = sys.argv[1]
    thread_prefix = sys.argv[2] if len(sys.argv) > 2 else None
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
                          capture_output=True, text=True, check=True).stdout
    counts = Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        if thread_prefix and (not thread or not thread.group(1).startswith(thread_prefix)):
            continue
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        category = "other (JDK, our code)"
        for frame in frames:
            found = next((name for name, prefixes in CATEGORIES if frame.startswith(prefixes)), None)
            if found:
                category = found
                break
        counts[category] += 1
        total += 1
    print(f"{total} samples")
    for name, count in counts.most_common():
        print(f"{100.0 * count / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
