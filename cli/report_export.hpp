#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace symbio::cli {

// report.pdf and report.docx, for the administrations that file Word and PDF documents. Both
// run a program the machine may lack: Chromium prints the HTML report to PDF (the page's print
// style lays every section out on A4), pandoc turns the Markdown report and its figures into a
// Word document. Each works in a private temporary folder and returns the file's bytes, so the
// caller writes it with the other results (atomically, or not at all). Throws FileError with a
// message naming the missing program and its Debian package, or the program's failure.

// The first executable `name` on PATH ("" if none).
std::string find_on_path(std::string_view name);

// `html` (a self-contained page) printed by headless Chromium (chromium or chromium-browser on
// PATH, or the program SYMBIO_CHROMIUM names). Stops Chromium after `timeout_seconds`.
std::string html_to_pdf(std::string_view html, int timeout_seconds = 180);

// `markdown` (GitHub-flavoured, as report_markdown writes it) converted by pandoc to .docx;
// `figures` are the files the Markdown links to (name, content), put beside it so that pandoc
// embeds them.
std::string markdown_to_docx(std::string_view markdown,
                             const std::vector<std::pair<std::string, std::string>>& figures,
                             int timeout_seconds = 180);

}  // namespace symbio::cli
