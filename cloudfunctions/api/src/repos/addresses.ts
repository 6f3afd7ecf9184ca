// The only code that touches `addresses`: each resident's own address book. Every query names the owner.
// Each address takes one of the owner's slots 0…MAX-1 under the unique index owner_slot_unique, so the cap
// holds even when two adds race (the loser's insert fails on the index instead of making an eleventh).
import { db } from '../lib/cloud'
import { docsOf, insertedId, removedCount } from '../lib/docs'

export const MAX_ADDRESSES = 10

export interface AddressDoc {
  _id: string
  _openid: string
  ownerOpenid: string
  slot: number
  label: string
  detail: string
  contactName: string
  contactPhone: string
  /** GeoJSON point or null (H5 has no map picker). */
  location: unknown | null
  createdAt: Date
}

const addresses = () => db.collection('addresses')

/** The owner's addresses, newest first (index owner_created). */
export async function listAddresses(ownerOpenid: string): Promise<AddressDoc[]> {
  return docsOf<AddressDoc>(await addresses().where({ ownerOpenid }).orderBy('createdAt', 'desc').limit(MAX_ADDRESSES).get())
}

/** Inserts; a taken slot surfaces as the duplicate-key error of owner_slot_unique. */
export async function insertAddress(doc: Omit<AddressDoc, '_id'>): Promise<string> {
  return insertedId(addresses().add({ data: doc }))
}

/** Removes the address only if `ownerOpenid` owns it; returns whether one was removed. */
export async function removeOwnAddress(ownerOpenid: string, id: string): Promise<boolean> {
  const removed = await removedCount(addresses().where({ _id: id, ownerOpenid }).remove())
  return removed > 0
}

/** The address if `ownerOpenid` owns it, else null (one indexed read: _id plus owner). */
export async function findOwnAddress(ownerOpenid: string, id: string): Promise<AddressDoc | null> {
  return docsOf<AddressDoc>(await addresses().where({ _id: id, ownerOpenid }).limit(1).get())[0] ?? null
}
