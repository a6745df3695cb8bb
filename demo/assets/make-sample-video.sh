#!/bin/sh
# Regenerates the sample commitment videos (needs ffmpeg with libvpx-vp9, libx264, drawtext and
# the Noto CJK fonts: apt-get install -y ffmpeg fonts-noto-cjk). Run from this directory.
set -eu
FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
VF="drawbox=x=20:y=20:w=280:h=200:color=white@0.9:t=fill,\
drawtext=fontfile=$FONT:text='网站备案信息真实性承诺':fontsize=22:fontcolor=0x222222:x=(w-text_w)/2:y=60,\
drawtext=fontfile=$FONT:text='示例承诺视频 (演示)':fontsize=16:fontcolor=0xb22222:x=(w-text_w)/2:y=110,\
drawtext=fontfile=$FONT:text='%{eif\:t+1\:d} / 3':fontsize=16:fontcolor=0x444444:x=(w-text_w)/2:y=160"
SRC="color=c=0x2f6db5:s=320x240:r=12:d=3"
ffmpeg -y -loglevel error -f lavfi -i "$SRC" -vf "$VF" -c:v libvpx-vp9 -b:v 80k -deadline good -row-mt 1 \
  -pix_fmt yuv420p -an sample-commitment.webm
ffmpeg -y -loglevel error -f lavfi -i "$SRC" -vf "$VF" -c:v libx264 -profile:v baseline -crf 30 -preset slow \
  -pix_fmt yuv420p -movflags +faststart -an sample-commitment.mp4
