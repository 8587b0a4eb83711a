# Shared by the bench/run-*-benchmark.sh scripts (sourced after they made their $work directory): collects each run's figures as a table, then
# publishes them into docs/benchmarks.md (the script's own section, between its markers) with a chart drawn by
# gnuplot, so that the figures a user reads are always the ones the script last measured.
#
#   report_begin <id>                       start a table
#   report_wrk <route> <wrk output file> [note]
#                                           a row from wrk --latency output: req/s, p50 and p99 in ms
#   report_row <route> <req/s> <p50 ms> <p99 ms> [note]
#                                           a row measured some other way
#   report_publish <id> <title> <command> <text> [store command, default ./mvnw -Prun]
#                                           the section with machine, date, commit, command, table and chart
# The first row is the reference bar of the chart (GET /store, the cheapest route there is).

report_dir="$work/report"
mkdir -p "$report_dir"

# wrk prints latencies as 812.34us, 1.53ms, 2.01s or 1.20m.
_report_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /m$/) print v * 60000;
        else if (v ~ /s$/) print v * 1000; else print v + 0 }'
}

report_begin() {
    : > "$report_dir/$1.tsv"
    report_table="$report_dir/$1.tsv"
}

report_row() {
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >> "$report_table"
}

report_wrk() {
    local rps p50 p99
    rps="$(awk '/Requests\/sec/ { print $2 }' "$2")"
    p50="$(_report_ms "$(awk '/^ +50%/ { print $2 }' "$2")")"
    p99="$(_report_ms "$(awk '/^ +99%/ { print $2 }' "$2")")"
    report_row "$1" "${rps:-0}" "$p50" "$p99" "${3:-}"
}

# gnuplot from Debian's gnuplot-nox, installed when missing and possible (root with apt); no chart otherwise.
_report_gnuplot() {
    command -v gnuplot > /dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        echo "installing gnuplot-nox for the chart ..." >&2
        { apt-get install -y -q gnuplot-nox || { apt-get update -q && apt-get install -y -q gnuplot-nox; }; } \
            > "$report_dir/apt.log" 2>&1
    fi
    command -v gnuplot > /dev/null
}

# Two panels: throughput per route (the reference bar grey), and p50/p99 per route.
_report_chart() {
    local id="$1" title="$2" png="docs/benchmarks/$1.png"
    mkdir -p docs/benchmarks
    # Underscores would turn into subscripts in gnuplot's enhanced text.
    awk -F'\t' '{ gsub(/_/, "\\_", $1); print }' OFS='\t' "$report_table" > "$report_dir/$id.plot.tsv"
    gnuplot <<EOF
set terminal pngcairo size 1100,480 font ",10"
set output "$png"
set datafile separator "\t"
set multiplot layout 1,2 title "$title"
set style fill solid 0.85 border -1
set xtics rotate by -35 left font ",8"
set grid ytics
set yrange [0:*]
set title "Throughput (requests/s; grey: the reference)"
set boxwidth 0.7
plot "$report_dir/$id.plot.tsv" using 0:2:(\$0 == 0 ? 0x999999 : 0x3366cc):xtic(1) with boxes lc rgb variable notitle, \\
     "" using 0:2:(sprintf("%.0f", \$2)) with labels offset 0,0.7 font ",8" notitle
set title "Latency (ms, log scale)"
set logscale y
set yrange [*:*]
set style data histogram
set style histogram clustered gap 1
set boxwidth 0.9
plot "$report_dir/$id.plot.tsv" using 3:xtic(1) title "p50" lc rgb 0x66aa66, "" using 4 title "p99" lc rgb 0xcc6633
unset multiplot
EOF
}

_report_machine() {
    local cpu memory
    cpu="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
    memory="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
    echo "$(nproc) cores (${cpu:-unknown CPU}), $memory RAM, $(uname -sr), $(java -version 2>&1 | head -1)"
}

report_publish() {
    local id="$1" title="$2" command="$3" text="$4" store="${5:-./mvnw -Prun}" doc="docs/benchmarks.md" chart=""
    if _report_gnuplot && _report_chart "$id" "$title"; then
        chart="![$title](benchmarks/$id.png)"
    else
        chart="(no chart: gnuplot is missing and could not be installed)"
    fi
    {
        echo "<!-- bench:$id:start -->"
        echo "## $title"
        echo
        echo "$text"
        echo
        echo "- Measured: $(date -u '+%Y-%m-%d %H:%M UTC'), commit \`$(git rev-parse --short HEAD 2> /dev/null || echo '?')\`"
        echo "- Machine: $(_report_machine); the load generator, Payara Micro and MariaDB share it"
        echo "- Command: \`$command\` against \`$store\`"
        echo
        echo "| route | requests/s | p50 ms | p99 ms | note |"
        echo "|---|---:|---:|---:|---|"
        awk -F'\t' '{ printf "| %s | %.0f | %.1f | %.1f | %s |\n", $1, $2, $3, $4, $5 }' "$report_table"
        echo
        echo "$chart"
        echo "<!-- bench:$id:end -->"
    } > "$report_dir/$id.md"
    [ -f "$doc" ] || printf '# Benchmarks\n\nEach section is written by its script in bench/; run it again to refresh it.\n' > "$doc"
    if grep -q "<!-- bench:$id:start -->" "$doc"; then
        awk -v section="$report_dir/$id.md" -v start="<!-- bench:$id:start -->" -v end="<!-- bench:$id:end -->" '
            $0 == start { while ((getline line < section) > 0) print line; skip = 1; next }
            $0 == end { skip = 0; next }
            !skip { print }' "$doc" > "$report_dir/doc.md"
        cp "$report_dir/doc.md" "$doc"
    else
        { echo; cat "$report_dir/$id.md"; } >> "$doc"
    fi
    case "$chart" in "!["*) echo "== published in $doc and docs/benchmarks/$id.png" ;; *) echo "== published in $doc (no chart)" ;; esac
}
