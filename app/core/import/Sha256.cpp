// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/Sha256.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace marginalia::importdetail {

namespace {

// The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
constexpr std::array<std::uint32_t, 64> kRoundConstants{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t rotateRight(std::uint32_t value, int bits)
{
    return (value >> bits) | (value << (32 - bits));
}

std::uint32_t loadBigEndian(const unsigned char *bytes)
{
    return std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 | std::uint32_t(bytes[2]) << 8
           | std::uint32_t(bytes[3]);
}

using State = std::array<std::uint32_t, 8>;

void compress(State &state, const unsigned char *block)
{
    std::array<std::uint32_t, 64> schedule;
    for (size_t t = 0; t < 16; ++t)
        schedule[t] = loadBigEndian(block + 4 * t);
    for (size_t t = 16; t < 64; ++t) {
        const std::uint32_t w15 = schedule[t - 15], w2 = schedule[t - 2];
        const std::uint32_t sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >> 3);
        const std::uint32_t sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >> 10);
        schedule[t] = schedule[t - 16] + sigma0 + schedule[t - 7] + sigma1;
    }
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (size_t t = 0; t < 64; ++t) {
        const std::uint32_t bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
        const std::uint32_t choose = (e & f) ^ (~e & g);
        const std::uint32_t temp1 = h + bigSigma1 + choose + kRoundConstants[t] + schedule[t];
        const std::uint32_t bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
        const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const std::uint32_t temp2 = bigSigma0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + temp1;
        d = c;
        c = b;
        b = a;
        a = temp1 + temp2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    // The initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8 primes.
    State state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const size_t size = size_t(data.size());
    const size_t whole = size / 64 * 64;
    for (size_t at = 0; at < whole; at += 64)
        compress(state, bytes + at);
    // The tail, a 1 bit, zeros, and the length in bits as a 64-bit big-endian number: one or two blocks.
    std::array<unsigned char, 128> last{};
    const size_t tail = size - whole;
    if (tail > 0)
        std::memcpy(last.data(), bytes + whole, tail);
    last[tail] = 0x80;
    const size_t lastSize = tail + 1 + 8 <= 64 ? 64 : 128;
    const std::uint64_t bits = std::uint64_t(size) * 8;
    for (size_t i = 0; i < 8; ++i)
        last[lastSize - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    for (size_t at = 0; at < lastSize; at += 64)
        compress(state, last.data() + at);
    QByteArray digest(32, Qt::Uninitialized);
    for (size_t i = 0; i < state.size(); ++i)
        for (size_t k = 0; k < 4; ++k)
            digest[qsizetype(4 * i + k)] = char(state[i] >> (24 - 8 * k));
    return digest;
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

} // namespace marginalia::importdetail
