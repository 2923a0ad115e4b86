#!/usr/bin/env bash
# shellcheck shell=bash
# Finds a Java 21+ installation for the Parallax scripts.
#
#   source bin/find-jdk.sh
#   home=$(parallax_find_jdk --jdk) || echo "none"
#
# parallax_find_jdk [--jdk] prints the home directory of a Java installation whose
# specification version is >= 21 (PARALLAX_MIN_JAVA overrides the 21) and returns 0;
# it prints nothing and returns 1 when there is none. With --jdk the home must also
# hold bin/javac (building needs a JDK; running needs only bin/java).
#
# Search order; the first step that yields a match wins:
#   1. $JAVA_HOME
#   2. the `java` on PATH, symlinks resolved to its home (/usr/bin/java -> /usr/lib/jvm/x)
#   3. the homes under the search roots, highest version first. The roots are the
#      colon-separated $PARALLAX_JVM_DIRS if set (tests use it), else /usr/lib/jvm,
#      /usr/local/lib/jvm, /opt/java and /opt/jdk*. A root may itself be a home
#      (/opt/jdk-21) or hold homes (/usr/lib/jvm/temurin-25-jdk-amd64).
#
# parallax_maven_env HOME exports JAVA_HOME (and MAVEN_OPTS, see below) for ./mvnw.
#
# Run directly (bash bin/find-jdk.sh [--jdk]) it prints the same answer.

# Prints the major Java version of home $1 (8 for "1.8", 21 for "21"), or fails.
_parallax_java_major() {
  local home=$1 out line spec
  [[ -x "$home/bin/java" ]] || return 1
  # Capture the whole output first: a grep that stops early could kill java with
  # SIGPIPE, and the caller may run under pipefail.
  out=$("$home/bin/java" -XshowSettings:properties -version 2>&1) || return 1
  line=$(grep 'java.specification.version' <<<"$out") || return 1
  spec=${line#*=}
  spec=${spec//[[:space:]]/}
  spec=${spec#1.}
  spec=${spec%%.*}
  [[ $spec =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$spec"
}

# Succeeds when home $1 qualifies; $2 is 1 when javac is required.
_parallax_java_ok() {
  local home=$1 need_javac=$2 major
  [[ -n $home && -x "$home/bin/java" ]] || return 1
  [[ $need_javac == 1 && ! -x "$home/bin/javac" ]] && return 1
  major=$(_parallax_java_major "$home") || return 1
  ((major >= ${PARALLAX_MIN_JAVA:-21}))
}

parallax_find_jdk() {
  local need_javac=0 arg home java_bin root cand real major best='' best_major=-1 seen=''
  local -a roots=() homes=()
  for arg in "$@"; do
    case $arg in
      --jdk) need_javac=1 ;;
      *) return 1 ;;
    esac
  done

  # 1. JAVA_HOME, as given.
  if [[ -n ${JAVA_HOME:-} ]] && _parallax_java_ok "${JAVA_HOME%/}" "$need_javac"; then
    printf '%s\n' "${JAVA_HOME%/}"
    return 0
  fi

  # 2. java on PATH: /usr/bin/java -> /etc/alternatives/java -> <home>/bin/java.
  if java_bin=$(command -v java 2>/dev/null) && [[ -n $java_bin ]]; then
    java_bin=$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")
    home=${java_bin%/bin/java}
    if [[ $home != "$java_bin" ]] && _parallax_java_ok "$home" "$need_javac"; then
      printf '%s\n' "$home"
      return 0
    fi
  fi

  # 3. Well-known roots; the highest version wins, the first in name order on a tie.
  if [[ -n ${PARALLAX_JVM_DIRS+set} ]]; then
    IFS=: read -r -a roots <<<"$PARALLAX_JVM_DIRS"
  else
    roots=(/usr/lib/jvm /usr/local/lib/jvm /opt/java /opt/jdk*)
  fi
  for root in "${roots[@]}"; do
    [[ -n $root && -d $root ]] || continue
    if [[ -x "$root/bin/java" ]]; then
      homes+=("$root")
    fi
    for cand in "$root"/*/ "$root"/*/Contents/Home/; do
      cand=${cand%/}
      [[ -x "$cand/bin/java" ]] && homes+=("$cand")
    done
  done
  for cand in "${homes[@]}"; do
    [[ $need_javac == 1 && ! -x "$cand/bin/javac" ]] && continue
    # Debian links java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64: ask each JVM once.
    real=$(readlink -f "$cand" 2>/dev/null || printf '%s' "$cand")
    [[ $seen == *"|$real|"* ]] && continue
    seen+="|$real|"
    major=$(_parallax_java_major "$cand") || continue
    if ((major >= ${PARALLAX_MIN_JAVA:-21} && major > best_major)); then
      best=$cand
      best_major=$major
    fi
  done
  [[ -n $best ]] || return 1
  printf '%s\n' "$best"
}

# Exports JAVA_HOME=$1 for Maven. On JDK 24+ also tells the JVM that Maven's own
# libraries (Guice) may use sun.misc.Unsafe, which otherwise prints four warnings per
# build; older JVMs reject that option, so it is added only where it exists.
parallax_maven_env() {
  local major
  export JAVA_HOME=$1
  major=$(_parallax_java_major "$1") || major=0
  if ((major >= 24)) && [[ ${MAVEN_OPTS:-} != *--sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow${MAVEN_OPTS:+ $MAVEN_OPTS}"
  fi
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  parallax_find_jdk "$@"
fi
