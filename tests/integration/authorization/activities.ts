// The matrix for projects, 随手拍 reports, stations, the 工作台 and exports. Coordinators declare projects;
// coordinators and platform admins review, complete and evaluate their community's, dispatch and close its reports,
// keep its stations and export its data; every member reads projects and files reports; approved volunteers sign up
// and rectify what they were sent. A street admin reads the 工作台 of every community of their street (another
// street's: FORBIDDEN) and holds no other role here. Each call gets a fresh project or report (fresh.ts).
import { LOCATION } from '../../fixtures/authWorld'
import { projectInput, stationInput, uploadedPhoto } from '../../fixtures/authWorldActivities'
import { MANAGERS, MEMBERS, STAFF, openidOf, type Table } from './matrix'
import { freshProject, freshReport } from './fresh'

const NOT_MINE = ['NOT_YOUR_REPORT']

export const ACTIVITIES: Table = {
  rows: {
    'projects.declare': { allow: ['coordinator'], scope: 'community', input: () => projectInput() },
    'projects.review': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ projectId: await freshProject(e, s, 'declared'), decision: 'reject', reason: '测试' })
    },
    'projects.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    'projects.get': { allow: MEMBERS, scope: 'community', sides: true, input: (e, s) => ({ projectId: e.w.project[s].published }) },
    'projects.signUp': { allow: ['volunteer'], scope: 'community', sides: true, input: async (e, s) => ({ projectId: await freshProject(e, s, 'published') }) },
    'projects.cancelSignUp': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ projectId: await freshProject(e, s, 'joined') })
    },
    'projects.attendance': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ projectId: await freshProject(e, s, 'published'), session: 0, present: [] })
    },
    'projects.complete': { allow: STAFF, scope: 'community', sides: true, input: async (e, s) => ({ projectId: await freshProject(e, s, 'attended') }) },
    'projects.evaluate': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ projectId: await freshProject(e, s, 'completed'), grade: '合格', notes: '按计划完成' })
    },
    // The photo is in the caller's own upload folder (what the H5 upload endpoint writes).
    'reports.create': {
      allow: MEMBERS,
      scope: 'community',
      input: (e, _s, caller) => ({
        requestId: `auth-report-${e.n()}`,
        category: 'other',
        description: '路灯不亮',
        photos: [uploadedPhoto(e.tc, openidOf(caller))],
        location: LOCATION
      })
    },
    'reports.list': { allow: MEMBERS, scope: 'community', input: () => ({}) },
    // Read by its reporter (resident-X), its assignee (volunteer-X) and the community's coordinators.
    'reports.get': { allow: MEMBERS, scope: 'self', sides: true, foreignCodes: NOT_MINE, input: (e, s) => ({ reportId: e.w.report[s].dispatched }) },
    'reports.dispatch': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: async (e, s) => ({ reportId: await freshReport(e, s, 'filed'), volunteerId: e.w.volunteer[s] })
    },
    'reports.rectify': {
      allow: ['volunteer'],
      scope: 'community',
      sides: true,
      foreignCodes: NOT_MINE,
      input: async (e, s) => ({ reportId: await freshReport(e, s, 'dispatched'), photos: [uploadedPhoto(e.tc, 'volunteer-A')], note: '已修复' })
    },
    'reports.close': { allow: STAFF, scope: 'community', sides: true, input: async (e, s) => ({ reportId: await freshReport(e, s, 'rectified') }) },
    'reports.reopen': {
      allow: MEMBERS,
      scope: 'self',
      sides: true,
      foreignCodes: NOT_MINE,
      input: async (e, s) => ({ reportId: await freshReport(e, s, 'closed'), reason: '又坏了' })
    },
    'reports.stats': { allow: STAFF, scope: 'community', input: () => ({}) },
    'stats.dashboard': { allow: MANAGERS, scope: 'community', sides: true, street: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    // A new station in A; on A2 and B an edit of that community's station (the platform admin's edit is its first).
    'stations.upsert': {
      allow: STAFF,
      scope: 'community',
      sides: true,
      input: (e, s) => (s === 'A' ? stationInput() : { ...stationInput(), stationId: e.w.station[s], version: 1 })
    },
    'stations.nearby': { allow: MEMBERS, scope: 'global', input: () => ({ location: LOCATION }) },
    'stations.list': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'stations.coverage': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'exports.volunteers': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s] }) },
    'exports.records': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s], month: '2024-06' }) },
    'exports.monthlySummary': { allow: STAFF, scope: 'community', sides: true, input: (e, s) => ({ communityId: e.w.community[s], year: 2024 }) }
  },
  refusals: {
    'reports.get': { streetAdmin: 'NOT_YOUR_REPORT', why: 'a street admin is neither reporter, assignee nor coordinator of the report' },
    'reports.reopen': {
      volunteer: 'NOT_YOUR_REPORT',
      streetAdmin: 'NOT_YOUR_REPORT',
      why: 'the reporter or the community’s coordinators reopen; the volunteer who rectified it may not'
    }
  }
}
