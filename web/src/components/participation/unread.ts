// The inbox's unread count, shared by the bell in the header and the inbox page (marking read there lowers the
// badge at once, without another request).
import { ref } from 'vue'
import { fetchUnreadCount } from '@/api/participation'

export const unreadCount = ref(0)

/** Asks the server again; a failure keeps the last count (the bell is not worth an error message). */
export async function refreshUnread(): Promise<void> {
  try {
    unreadCount.value = await fetchUnreadCount()
  } catch {
    // Offline or signed out: the next page change asks again.
  }
}

/** The count the inbox page just read, or one less after marking an item read. */
export function setUnread(n: number): void {
  unreadCount.value = Math.max(0, n)
}
