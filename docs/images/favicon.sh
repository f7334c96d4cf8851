#!/bin/sh
# Draws src/main/resources/static/favicon.ico: a white "M" on the portal's blue (--primary in portal.css),
# 16, 32 and 48 pixels. Needs ImageMagick 6 (apt-get install imagemagick) and the DejaVu fonts.
# Run from the repository's top folder: sh docs/images/favicon.sh
set -eu
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for s in 16 32 48; do
  convert -size "${s}x${s}" xc:none -fill '#0b57d0' \
    -draw "roundrectangle 0,0 $((s - 1)),$((s - 1)) $((s / 6)),$((s / 6))" \
    -fill white -font "$font" -pointsize $((s * 3 / 4)) -gravity center -annotate +0+0 M "$work/m$s.png"
done
convert "$work/m16.png" "$work/m32.png" "$work/m48.png" src/main/resources/static/favicon.ico
