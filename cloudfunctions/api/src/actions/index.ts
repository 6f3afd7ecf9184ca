// Every action the `api` function serves. The mapped type makes the compiler insist that each contract in
// src/shared/contracts has exactly one action here, under the same name.
import type { ActionName } from '../../../../src/shared/contracts'
import type { ActionDef } from './define'
import { ping } from './system/ping'
import { me } from './users/me'
import { list as volunteersList } from './volunteers/list'
import { volunteerMe } from './volunteers/me'
import { register as volunteersRegister } from './volunteers/register'
import { importRoster as volunteersImportRoster } from './volunteers/importRoster'
import { claim as volunteersClaim } from './volunteers/claim'
import { nationalRoster as exportsNationalRoster } from './exports/nationalRoster'
import { review as volunteersReview } from './volunteers/review'
import { bindPhone } from './users/bindPhone'
import { updateProfile } from './users/updateProfile'
import { appointCoordinator } from './communities/appointCoordinator'
import { create as communitiesCreate } from './communities/create'
import { join as communitiesJoin } from './communities/join'
import { nearby as communitiesNearby } from './communities/nearby'
import { add as addressesAdd } from './addresses/add'
import { list as addressesList } from './addresses/list'
import { remove as addressesRemove } from './addresses/remove'
import { create as teamsCreate } from './teams/create'
import { join as teamsJoin } from './teams/join'
import { leave as teamsLeave } from './teams/leave'
import { list as teamsList } from './teams/list'
import { get as teamsGet } from './teams/get'
import { update as teamsUpdate } from './teams/update'
import { handOver as teamsHandOver } from './teams/handOver'
import { assignCategories as teamsAssignCategories } from './teams/assignCategories'
import { assignProject as teamsAssignProject } from './teams/assignProject'
import { saveKinds as teamsSaveKinds } from './teams/saveKinds'
import { stats as teamsStats } from './teams/stats'
import { approve as familyApprove } from './family/approve'
import { confirm as familyConfirm } from './family/confirm'
import { link as familyLink } from './family/link'
import { list as familyList } from './family/list'
import { create as ordersCreate } from './orders/create'
import { get as ordersGet } from './orders/get'
import { listMine as ordersListMine } from './orders/listMine'
import { pool as ordersPool } from './orders/pool'
import { grab as ordersGrab } from './orders/grab'
import { candidates as ordersCandidates } from './orders/candidates'
import { dispatch as ordersDispatch } from './orders/dispatch'
import { reassign as ordersReassign } from './orders/reassign'
import { accept as ordersAccept } from './orders/accept'
import { decline as ordersDecline } from './orders/decline'
import { checkIn as ordersCheckIn } from './orders/checkIn'
import { checkOut as ordersCheckOut } from './orders/checkOut'
import { confirm as ordersConfirm } from './orders/confirm'
import { dispute as ordersDispute } from './orders/dispute'
import { resolve as ordersResolve } from './orders/resolve'
import { cancel as ordersCancel } from './orders/cancel'
import { board as ordersBoard } from './orders/board'
import { list as catalogList } from './catalog/list'
import { upsert as catalogUpsert } from './catalog/upsert'
import { add as catalogAdd } from './catalog/add'
import { retire as catalogRetire } from './catalog/retire'
import { updateRateLimits as communitiesUpdateRateLimits } from './communities/updateRateLimits'
import { setInsurance as volunteersSetInsurance } from './volunteers/setInsurance'
import { addInsurance as volunteersAddInsurance } from './volunteers/addInsurance'
import { updateProfile as volunteersUpdateProfile } from './volunteers/updateProfile'
import { pause as volunteersPause } from './volunteers/pause'
import { resume as volunteersResume } from './volunteers/resume'
import { leave as volunteersLeave } from './volunteers/leave'
import { suspend as volunteersSuspend } from './volunteers/suspend'
import { reinstate as volunteersReinstate } from './volunteers/reinstate'
import { revoke as volunteersRevoke } from './volunteers/revoke'
import { list as recordsList } from './records/list'
import { requestCorrection as recordsRequestCorrection } from './records/requestCorrection'
import { corrections as recordsCorrections } from './records/corrections'
import { correct as recordsCorrect } from './records/correct'
import { addHonorary as recordsAddHonorary } from './records/addHonorary'
import { issue as certificatesIssue } from './certificates/issue'
import { list as certificatesList } from './certificates/list'
import { verify as certificatesVerify } from './certificates/verify'
import { updateCertificateInfo as communitiesUpdateCertificateInfo } from './communities/updateCertificateInfo'
import { updateRules as communitiesUpdateRules } from './communities/updateRules'
import { updateOrderRules as communitiesUpdateOrderRules } from './communities/updateOrderRules'
import { account as timebankAccount } from './timebank/account'
import { statement as timebankStatement } from './timebank/statement'
import { transfer as timebankTransfer } from './timebank/transfer'
import { donate as timebankDonate } from './timebank/donate'
import { adjust as timebankAdjust } from './timebank/adjust'
import { reverse as timebankReverse } from './timebank/reverse'
import { declare as projectsDeclare } from './projects/declare'
import { review as projectsReview } from './projects/review'
import { list as projectsList } from './projects/list'
import { get as projectsGet } from './projects/get'
import { signUp as projectsSignUp } from './projects/signUp'
import { cancelSignUp as projectsCancelSignUp } from './projects/cancelSignUp'
import { attendance as projectsAttendance } from './projects/attendance'
import { complete as projectsComplete } from './projects/complete'
import { evaluate as projectsEvaluate } from './projects/evaluate'
import { volunteers as exportsVolunteers } from './exports/volunteers'
import { records as exportsRecords } from './exports/records'
import { monthlySummary as exportsMonthlySummary } from './exports/monthlySummary'

import { create as reportsCreate } from './reports/create'
import { list as reportsList } from './reports/list'
import { get as reportsGet } from './reports/get'
import { dispatch as reportsDispatch } from './reports/dispatch'
import { rectify as reportsRectify } from './reports/rectify'
import { close as reportsClose } from './reports/close'
import { reopen as reportsReopen } from './reports/reopen'
import { stats as reportsStats } from './reports/stats'
import { dashboard as statsDashboard } from './stats/dashboard'
import { account as pointsAccount } from './points/account'
import { updateRate as pointsUpdateRate } from './points/updateRate'
import { list as rewardsList } from './rewards/list'
import { upsert as rewardsUpsert } from './rewards/upsert'
import { redeem as rewardsRedeem } from './rewards/redeem'
import { redemptions as rewardsRedemptions } from './rewards/redemptions'
import { fulfil as rewardsFulfil } from './rewards/fulfil'
import { upsert as stationsUpsert } from './stations/upsert'
import { nearby as stationsNearby } from './stations/nearby'
import { list as stationsList } from './stations/list'
import { coverage as stationsCoverage } from './stations/coverage'
import { list as auditList } from './audit/list'
import { consent as meConsent } from './me/consent'
import { exportMyData } from './me/export'
import { deletionStatus as meDeletionStatus } from './me/deletionStatus'
import { requestDeletion as meRequestDeletion } from './me/requestDeletion'
import { cancelDeletion as meCancelDeletion } from './me/cancelDeletion'
import { createFor as ordersCreateFor } from './orders/createFor'
import { add as beneficiariesAdd } from './beneficiaries/add'
import { update as beneficiariesUpdate } from './beneficiaries/update'
import { list as beneficiariesList } from './beneficiaries/list'
import { archive as beneficiariesArchive } from './beneficiaries/archive'
import { create as streetsCreate } from './streets/create'
import { appointAdmin as streetsAppointAdmin } from './streets/appointAdmin'
import { removeAdmin as streetsRemoveAdmin } from './streets/removeAdmin'
import { list as streetsList } from './streets/list'
import { communities as streetsCommunities } from './streets/communities'
import { board as streetsBoard } from './streets/board'
import { compare as statsCompare } from './stats/compare'
import { assignCommunity as streetsAssignCommunity } from './streets/assignCommunity'
import { updatePopulation as communitiesUpdatePopulation } from './communities/updatePopulation'
import { get as communitiesGet } from './communities/get'
import { update as communitiesUpdate } from './communities/update'
import { coordinators as communitiesCoordinators } from './communities/coordinators'
import { members as communitiesMembers } from './communities/members'
import { removeCoordinator as communitiesRemoveCoordinator } from './communities/removeCoordinator'
import { joinQr as communitiesJoinQr } from './communities/joinQr'
export const actions: { [A in ActionName]: ActionDef<A> } = {
  'stations.upsert': stationsUpsert,
  'stations.nearby': stationsNearby,
  'stations.list': stationsList,
  'stations.coverage': stationsCoverage,
  'reports.create': reportsCreate,
  'reports.list': reportsList,
  'reports.get': reportsGet,
  'reports.dispatch': reportsDispatch,
  'reports.rectify': reportsRectify,
  'reports.close': reportsClose,
  'reports.reopen': reportsReopen,
  'reports.stats': reportsStats,
  'stats.dashboard': statsDashboard,
  'system.ping': ping,
  'users.me': me,
  'volunteers.register': volunteersRegister,
  'volunteers.me': volunteerMe,
  'volunteers.review': volunteersReview,
  'volunteers.list': volunteersList,
  'users.updateProfile': updateProfile,
  'users.bindPhone': bindPhone,
  'communities.create': communitiesCreate,
  'communities.nearby': communitiesNearby,
  'communities.join': communitiesJoin,
  'communities.appointCoordinator': appointCoordinator,
  'addresses.list': addressesList,
  'addresses.add': addressesAdd,
  'addresses.remove': addressesRemove,
  'teams.create': teamsCreate,
  'teams.list': teamsList,
  'teams.join': teamsJoin,
  'teams.leave': teamsLeave,
  'teams.get': teamsGet,
  'teams.update': teamsUpdate,
  'teams.handOver': teamsHandOver,
  'teams.assignCategories': teamsAssignCategories,
  'teams.assignProject': teamsAssignProject,
  'teams.saveKinds': teamsSaveKinds,
  'teams.stats': teamsStats,
  'family.link': familyLink,
  'family.confirm': familyConfirm,
  'family.approve': familyApprove,
  'family.list': familyList,
  'orders.create': ordersCreate,
  'orders.get': ordersGet,
  'orders.listMine': ordersListMine,
  'orders.pool': ordersPool,
  'orders.grab': ordersGrab,
  'orders.candidates': ordersCandidates,
  'orders.dispatch': ordersDispatch,
  'orders.reassign': ordersReassign,
  'orders.accept': ordersAccept,
  'orders.decline': ordersDecline,
  'orders.checkIn': ordersCheckIn,
  'orders.checkOut': ordersCheckOut,
  'orders.confirm': ordersConfirm,
  'orders.dispute': ordersDispute,
  'orders.resolve': ordersResolve,
  'orders.cancel': ordersCancel,
  'orders.board': ordersBoard,
  'catalog.list': catalogList,
  'catalog.upsert': catalogUpsert,
  'catalog.add': catalogAdd,
  'catalog.retire': catalogRetire,
  'communities.updateRateLimits': communitiesUpdateRateLimits,
  'volunteers.setInsurance': volunteersSetInsurance,
  'volunteers.addInsurance': volunteersAddInsurance,
  'volunteers.updateProfile': volunteersUpdateProfile,
  'volunteers.pause': volunteersPause,
  'volunteers.resume': volunteersResume,
  'volunteers.leave': volunteersLeave,
  'volunteers.suspend': volunteersSuspend,
  'volunteers.reinstate': volunteersReinstate,
  'volunteers.revoke': volunteersRevoke,
  'records.list': recordsList,
  'records.requestCorrection': recordsRequestCorrection,
  'records.corrections': recordsCorrections,
  'records.correct': recordsCorrect,
  'records.addHonorary': recordsAddHonorary,
  'certificates.issue': certificatesIssue,
  'certificates.list': certificatesList,
  'certificates.verify': certificatesVerify,
  'communities.updateCertificateInfo': communitiesUpdateCertificateInfo,
  'communities.updateRules': communitiesUpdateRules,
  'communities.updateOrderRules': communitiesUpdateOrderRules,
  'timebank.account': timebankAccount,
  'timebank.statement': timebankStatement,
  'timebank.transfer': timebankTransfer,
  'timebank.donate': timebankDonate,
  'timebank.adjust': timebankAdjust,
  'timebank.reverse': timebankReverse,
  'projects.declare': projectsDeclare,
  'projects.review': projectsReview,
  'projects.list': projectsList,
  'projects.get': projectsGet,
  'projects.signUp': projectsSignUp,
  'projects.cancelSignUp': projectsCancelSignUp,
  'projects.attendance': projectsAttendance,
  'projects.complete': projectsComplete,
  'projects.evaluate': projectsEvaluate,
  'exports.volunteers': exportsVolunteers,
  'exports.records': exportsRecords,
  'exports.monthlySummary': exportsMonthlySummary,
  'points.account': pointsAccount,
  'points.updateRate': pointsUpdateRate,
  'rewards.list': rewardsList,
  'rewards.upsert': rewardsUpsert,
  'rewards.redeem': rewardsRedeem,
  'rewards.redemptions': rewardsRedemptions,
  'rewards.fulfil': rewardsFulfil,
  'audit.list': auditList,
  'me.consent': meConsent,
  'me.export': exportMyData,
  'me.deletionStatus': meDeletionStatus,
  'me.requestDeletion': meRequestDeletion,
  'me.cancelDeletion': meCancelDeletion,
  'orders.createFor': ordersCreateFor,
  'beneficiaries.add': beneficiariesAdd,
  'beneficiaries.update': beneficiariesUpdate,
  'beneficiaries.list': beneficiariesList,
  'beneficiaries.archive': beneficiariesArchive,
  'streets.create': streetsCreate,
  'streets.appointAdmin': streetsAppointAdmin,
  'streets.removeAdmin': streetsRemoveAdmin,
  'streets.list': streetsList,
  'streets.communities': streetsCommunities,
  'streets.board': streetsBoard,
  'stats.compare': statsCompare,
  'streets.assignCommunity': streetsAssignCommunity,
  'communities.updatePopulation': communitiesUpdatePopulation,
  'communities.get': communitiesGet,
  'communities.update': communitiesUpdate,
  'communities.coordinators': communitiesCoordinators,
  'communities.members': communitiesMembers,
  'communities.removeCoordinator': communitiesRemoveCoordinator,
  'communities.joinQr': communitiesJoinQr,
  'volunteers.importRoster': volunteersImportRoster,
  'volunteers.claim': volunteersClaim,
  'exports.nationalRoster': exportsNationalRoster
}
