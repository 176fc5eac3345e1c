/*
 * bcryptprimitives.dll for Wine 8 (Debian 12), which has none; Windows 10
 * and 11 have it. Go's Windows runtime (1.22 and later) draws its random
 * numbers from this DLL's ProcessPrng and stops at start-up without it
 * ("fatal error: bcryptprimitives.dll not found"). .ci/wine.sh builds
 * this with mingw-w64 into its Wine prefix only: it is never shipped.
 * ProcessPrng fills data with len random bytes from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
